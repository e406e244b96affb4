using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>Tells a French request from an English one by counting common words of each.</summary>
internal static partial class LanguageDetector
{
    private static readonly HashSet<string> French =
    [
        "bonjour", "veuillez", "numeros", "numero", "adresse", "merci", "nous", "notre", "nos", "vous", "votre",
        "compte", "transfert", "transferer", "titulaire", "autorise", "facture", "salutations", "cordialement",
        "ci", "joint", "les", "des", "est", "une", "pour", "avec", "dans", "sont", "du", "au", "aux", "et",
        "souhaitons", "aimerions", "pieces", "jointes", "lettre", "derniere", "fournisseur", "actuel", "trouverez",
        "demande", "bonne", "journee", "voici", "renseignements", "suivants", "il", "s", "agit", "je", "sera",
    ];

    private static readonly HashSet<string> English =
    [
        "hello", "hi", "please", "numbers", "number", "address", "thanks", "thank", "we", "our", "you", "your",
        "account", "port", "authorized", "user", "the", "and", "is", "are", "attached", "to", "of", "for", "with",
        "would", "like", "following", "find", "regards", "best", "cheers", "service", "owner", "here", "bill",
        "current", "carrier", "request", "information", "details", "below", "i", "ve", "have", "this",
    ];

    public static string Detect(string? text)
    {
        var (french, english) = Count(text);
        return french > english ? "fr" : "en";
    }

    /// <summary>True when <paramref name="text"/> has more common words of the other language than of
    /// <paramref name="language"/> ("en" or "fr"): a page read with the wrong model. A page with none of
    /// either is not contradicted.</summary>
    public static bool Contradicts(string language, string? text)
    {
        var (french, english) = Count(text);
        return language == "fr" ? english > french : french > english;
    }

    private static (int French, int English) Count(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, 0);
        }

        var french = 0;
        var english = 0;
        foreach (var word in MessageText.Fold(text[..Math.Min(text.Length, 20_000)]).Split(' '))
        {
            if (French.Contains(word))
            {
                french++;
            }
            else if (English.Contains(word))
            {
                english++;
            }
        }

        return (french, english);
    }
}
