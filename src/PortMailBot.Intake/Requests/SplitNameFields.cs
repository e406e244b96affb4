using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>A name given in two fields, "First name: Jane" and "Last name: Doe" ("Prénom :" / "Nom :"), on lines
/// near each other in either order: the person's full name, first name first.</summary>
internal static partial class SplitNameFields
{
    // The two fields belong together only when written this close (a form's consecutive lines, maybe one between).
    private const int MaxLinesApart = 3;

    public static IEnumerable<string> Read(IReadOnlyList<string> lines)
    {
        var parts = new List<(int Line, bool IsFirst, string Value)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!LabelledFieldReader.TrySplit(lines[i], out var label, out var value) || value.Length == 0 || value.Length > 40)
            {
                continue;
            }

            var key = MessageText.Fold(MessageText.WithoutParentheticals(label));
            if (FirstNameLabel().IsMatch(key))
            {
                parts.Add((i, true, value));
            }
            else if (LastNameLabel().IsMatch(key))
            {
                parts.Add((i, false, value));
            }
        }

        foreach (var first in parts.Where(part => part.IsFirst))
        {
            var last = parts.FirstOrDefault(part => !part.IsFirst && Math.Abs(part.Line - first.Line) <= MaxLinesApart);
            if (last.Value is not null)
            {
                yield return first.Value.Trim() + " " + last.Value.Trim();
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:authori[sz]ed\s+(?:user|person|contact)\s+|account\s+holder\s+|contact\s+)?(?:first|given)\s+name|first|prenom(?:\s+(?:du|de\s+la)\s+(?:titulaire|personne\s+autorisee|client))?)$")]
    private static partial Regex FirstNameLabel();

    [GeneratedRegex(@"^(?:(?:authori[sz]ed\s+(?:user|person|contact)\s+|account\s+holder\s+|contact\s+)?(?:last|family)\s+name|surname|last|nom(?:\s+de\s+famille)?(?:\s+(?:du|de\s+la)\s+(?:titulaire|personne\s+autorisee|client))?)$")]
    private static partial Regex LastNameLabel();
}
