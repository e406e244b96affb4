using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Addresses;

/// <summary>Canadian provinces and territories by code or name, English or French, with or without
/// accents, as Canada Post and people write them.</summary>
public static class Provinces
{
    private static readonly Dictionary<string, string> CodesByFoldedName = Build();

    /// <summary>The longest run of words, in folded form, that names a province.</summary>
    internal const int MaxWords = 5;

    public static IReadOnlyCollection<string> Codes { get; } =
        ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

    /// <summary>The two-letter code for a province written as a code or a name, or null.</summary>
    public static string? ToCode(string? text)
    {
        var folded = TextFold.Fold(text);
        return folded.Length > 0 && CodesByFoldedName.TryGetValue(folded, out var code) ? code : null;
    }

    private static Dictionary<string, string> Build()
    {
        var names = new (string Code, string[] Names)[]
        {
            ("AB", ["ab", "alta", "alberta"]),
            ("BC", ["bc", "british columbia", "colombie britannique", "cb"]),
            ("MB", ["mb", "man", "manitoba"]),
            ("NB", ["nb", "new brunswick", "nouveau brunswick"]),
            ("NL", ["nl", "nf", "nfld", "newfoundland", "newfoundland and labrador", "newfoundland labrador",
                    "terre neuve", "terre neuve et labrador", "tnl"]),
            ("NS", ["ns", "nova scotia", "nouvelle ecosse"]),
            ("NT", ["nt", "nwt", "northwest territories", "north west territories", "territoires du nord ouest",
                    "tno"]),
            ("NU", ["nu", "nvt", "nunavut"]),
            ("ON", ["on", "ont", "ontario"]),
            ("PE", ["pe", "pei", "prince edward island", "ile du prince edouard", "ipe"]),
            ("QC", ["qc", "pq", "que", "quebec", "province de quebec"]),
            ("SK", ["sk", "sask", "saskatchewan"]),
            ("YT", ["yt", "yk", "yukon", "yukon territory", "territoire du yukon"]),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, list) in names)
        {
            foreach (var name in list)
            {
                map[name] = code;
            }
        }

        return map;
    }
}
