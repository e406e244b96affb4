using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Addresses;

/// <summary>Street types and directions, English and French, full and abbreviated, each with the
/// canonical form two spellings of the same street share.</summary>
public static class StreetWords
{
    private static readonly Dictionary<string, string> Types = BuildTypes();
    private static readonly Dictionary<string, string> Directions = BuildDirections();

    /// <summary>The canonical street type for a folded word (<c>st</c>, <c>rue</c> → <c>street</c>), or null.</summary>
    public static string? CanonicalType(string foldedWord) =>
        Types.TryGetValue(foldedWord, out var canonical) ? canonical : null;

    /// <summary>The canonical direction for a folded word (<c>ouest</c>, <c>o</c>, <c>west</c> → <c>w</c>), or null.</summary>
    public static string? CanonicalDirection(string foldedWord) =>
        Directions.TryGetValue(foldedWord, out var canonical) ? canonical : null;

    /// <summary>The canonical street type a folded word read by OCR stands for when it is a type's full
    /// spelling (five letters or more) with one letter misread ("avenne", "crescemt", "boulevand"); null when
    /// it is a type already, shorter, or near no type or several. The type's long spelling and the word's
    /// place settle the letter, as a postal code's form settles a digit.</summary>
    public static string? CanonicalTypeMisread(string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        if (foldedWord.Length < MisreadTypeLength || Types.ContainsKey(foldedWord) || !foldedWord.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        string? found = null;
        foreach (var (spelling, canonical) in Types)
        {
            if (spelling.Length != foldedWord.Length || !OneLetterApart(spelling, foldedWord))
            {
                continue;
            }

            if (found is not null && found != canonical)
            {
                return null;
            }

            found = canonical;
        }

        return found;
    }

    public static bool IsType(string word) => CanonicalType(TextFold.Compact(word)) is not null;

    /// <summary>Shorter spellings ("rue", "ave", "blvd") are too near ordinary words to guess from.</summary>
    private const int MisreadTypeLength = 5;

    private static bool OneLetterApart(string left, string right)
    {
        var differences = 0;
        for (var i = 0; i < left.Length && differences < 2; i++)
        {
            differences += left[i] == right[i] ? 0 : 1;
        }

        return differences == 1;
    }

    public static bool IsDirection(string word) => CanonicalDirection(TextFold.Compact(word)) is not null;

    private static Dictionary<string, string> BuildTypes()
    {
        var groups = new (string Canonical, string[] Spellings)[]
        {
            ("street", ["street", "st", "str", "rue"]),
            ("avenue", ["avenue", "ave", "av", "avn"]),
            ("boulevard", ["boulevard", "blvd", "boul", "bd", "blv", "boulv"]),
            ("road", ["road", "rd", "chemin", "ch", "chem"]),
            ("drive", ["drive", "dr", "drv", "promenade", "prom"]),
            ("crescent", ["crescent", "cres", "cresc", "cr", "crs", "croissant", "crois"]),
            ("place", ["place", "pl"]),
            ("court", ["court", "crt", "ct", "cour"]),
            ("lane", ["lane", "ln"]),
            ("parkway", ["parkway", "pkwy", "pky"]),
            ("highway", ["highway", "hwy", "autoroute", "aut"]),
            ("route", ["route", "rte"]),
            ("terrace", ["terrace", "terr", "tce", "terrasse"]),
            ("circle", ["circle", "cir", "circ", "cercle"]),
            ("way", ["way"]),
            ("square", ["square", "sq", "carre"]),
            ("trail", ["trail", "trl", "sentier"]),
            ("rang", ["rang"]),
            ("montee", ["montee", "mtee"]),
            ("cote", ["cote"]),
            ("alley", ["alley", "allee"]),
            ("impasse", ["impasse", "imp"]),
            ("grove", ["grove", "grv"]),
            ("heights", ["heights", "hts"]),
            ("gate", ["gate", "gt"]),
            ("close", ["close"]),
            ("mews", ["mews"]),
            ("row", ["row"]),
            ("line", ["line"]),
            ("private", ["private", "pvt"]),
            ("concession", ["concession", "conc"]),
            ("sideroad", ["sideroad", "sdrd"]),
            ("quai", ["quai", "quay"]),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, spellings) in groups)
        {
            foreach (var spelling in spellings)
            {
                map[spelling] = canonical;
            }
        }

        return map;
    }

    private static Dictionary<string, string> BuildDirections() => new(StringComparer.Ordinal)
    {
        ["n"] = "n", ["north"] = "n", ["nord"] = "n",
        ["s"] = "s", ["south"] = "s", ["sud"] = "s",
        ["e"] = "e", ["east"] = "e", ["est"] = "e",
        ["w"] = "w", ["west"] = "w", ["o"] = "w", ["ouest"] = "w",
        ["ne"] = "ne", ["northeast"] = "ne", ["nordest"] = "ne",
        ["nw"] = "nw", ["no"] = "nw", ["northwest"] = "nw", ["nordouest"] = "nw",
        ["se"] = "se", ["southeast"] = "se", ["sudest"] = "se",
        ["sw"] = "sw", ["so"] = "sw", ["southwest"] = "sw", ["sudouest"] = "sw",
    };
}
