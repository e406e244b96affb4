namespace PortMailBot.Intake.Documents.Fields;

/// <summary>The wording of a form's captions: every field label the extractor reads, and the captions of
/// fields it does not read that stand beside them (status, date). Tells a caption from a value where the
/// layout alone cannot (a row of captions over a row of values).</summary>
internal static class FieldCaptions
{
    private static readonly string[] Others =
    [
        "=status", "=etat", "account status", "etat du compte", "statut", "=date", "=title", "=titre", "=company",
        "=entreprise", "business name", "=business", "nom de l'entreprise", "customer business name", "current carrier", "current provider", "fournisseur actuel",
        "=carrier", "=fournisseur", "losing carrier", "losing provider", "previous carrier", "previous provider",
        "old carrier", "ancien fournisseur", "fournisseur cedant", "current service provider", "=telephone", "=phone", "=numero de telephone", "=telephone number",
        // The account's other addresses, captioned beside or above the service address on a record or bill.
        "=billing address", "=adresse de facturation", "=mailing address", "=adresse postale", "=adresse de correspondance",
    ];

    private static readonly (string Key, bool Exact)[] Keys = DocumentFieldExtractor.Labels
        .Concat(Others)
        .Select(l => (LabelKey.Of(l), l.StartsWith('=')))
        .Where(k => k.Item1.Length > 0)
        .Distinct()
        .ToArray();

    /// <summary>The text without the runs of two to four words that are a caption whole ("St. John's Postal code
    /// A3T 8S8" from a city box that ran into its neighbour's caption): values of separate boxes put together.</summary>
    public static string WithoutCaptionRuns(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var count = Math.Min(4, words.Count - i); count >= 2; count--)
            {
                var key = LabelKey.Of(string.Join(' ', words.Skip(i).Take(count)));
                if (key.Length > 0 && Keys.Any(k => k.Key == key))
                {
                    words.RemoveRange(i, count);
                    i--;
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether <paramref name="text"/> reads as a caption: a known label, whole (an exact one) or
    /// leading the text, with a colon at most after it.</summary>
    public static bool IsCaption(string text)
    {
        // A caption's instruction in parentheses belongs to it ("Entreprise (s'il y a lieu)", "Company (if any)").
        var instruction = text.TrimEnd().TrimEnd(':').TrimEnd();
        if (instruction.EndsWith(')') && instruction.IndexOf('(', StringComparison.Ordinal) is > 0 and var open)
        {
            text = instruction[..open];
        }

        var key = LabelKey.Of(text);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var (label, exact) in Keys)
        {
            if (key == label || !exact && key.StartsWith(label + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
