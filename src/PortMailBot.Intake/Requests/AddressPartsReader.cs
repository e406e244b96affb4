using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>An address given as a form's separate fields in the message ("Street: …", "City: …",
/// "Province: …", "Postal code: …", in English or French), put back together as one address.</summary>
internal static partial class AddressPartsReader
{
    private enum Part
    {
        Street,
        Unit,
        City,
        Province,
        PostalCode,
    }

    /// <summary>The address written by the parts, or null when there is no street with a city or postal code.</summary>
    public static string? Read(IReadOnlyList<string> lines)
    {
        var parts = new Dictionary<Part, string>();
        foreach (var line in lines)
        {
            var match = LabelAndValue().Match(MessageText.Unbulleted(line));
            if (!match.Success)
            {
                continue;
            }

            var label = MessageText.Fold(MessageText.WithoutParentheticals(match.Groups["label"].Value));
            if (PartOf(label) is { } part && !parts.ContainsKey(part))
            {
                parts[part] = match.Groups["value"].Value.Trim();
            }
        }

        if (!parts.TryGetValue(Part.Street, out var street) || !street.Any(char.IsDigit)
            || !(parts.ContainsKey(Part.PostalCode) || parts.ContainsKey(Part.City)))
        {
            return null;
        }

        var text = street;
        if (parts.TryGetValue(Part.Unit, out var unit))
        {
            // A bare "302" is a unit only once said to be one.
            text += "\n" + (unit.All(c => char.IsLetterOrDigit(c) || c == '-') ? "Unit " + unit : unit);
        }

        var locality = new[] { Part.City, Part.Province, Part.PostalCode }.Where(parts.ContainsKey).Select(p => parts[p]);
        return text + "\n" + string.Join(' ', locality);
    }

    private static Part? PartOf(string label) =>
        StreetLabel().IsMatch(label) ? Part.Street
        : UnitLabel().IsMatch(label) ? Part.Unit
        : CityLabel().IsMatch(label) ? Part.City
        : ProvinceLabel().IsMatch(label) ? Part.Province
        : PostalLabel().IsMatch(label) ? Part.PostalCode
        : null;

    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\d'’ ()/.#-]{1,40}?)\s*(?:[:：|]|\s{2,})\s*(?<value>\S.{0,100})$")]
    private static partial Regex LabelAndValue();

    [GeneratedRegex(@"^(?:(?:service\s+|civic\s+)?street(?:\s+address)?|street\s+(?:number\s+and\s+)?name|address\s+line\s+1|adresse\s+ligne\s+1|rue|(?:numero|no)\s+(?:civique\s+)?et\s+rue|adresse\s+numero\s+et\s+rue|civic\s+address|adresse\s+civique)$")]
    private static partial Regex StreetLabel();

    [GeneratedRegex(@"^(?:unit|suite|apt|apartment|appartement|app|bureau|local|unite|suite\s+unit|unit\s+suite|apt\s+unit|address\s+line\s+2|adresse\s+ligne\s+2)$")]
    private static partial Regex UnitLabel();

    [GeneratedRegex(@"^(?:city|town|ville|municipality|municipalite|city\s+town|ville\s+municipalite)$")]
    private static partial Regex CityLabel();

    [GeneratedRegex(@"^(?:province|prov|province\s+territory|province\s+territoire|state\s+province)$")]
    private static partial Regex ProvinceLabel();

    [GeneratedRegex(@"^(?:postal\s+code|code\s+postal|postal|postcode)$")]
    private static partial Regex PostalLabel();
}
