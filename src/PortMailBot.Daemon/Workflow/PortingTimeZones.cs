using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Time zones as operators write them after a porting date: IANA ids (<c>America/Vancouver</c>),
/// Canadian names and abbreviations (<c>Eastern</c>, <c>PT</c>, <c>NST</c>…), or UTC.</summary>
public static class PortingTimeZones
{
    public const string Eastern = PortingDate.DefaultTimeZoneId;

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eastern"] = Eastern, ["et"] = Eastern, ["est"] = Eastern, ["edt"] = Eastern,
        ["central"] = "America/Winnipeg", ["ct"] = "America/Winnipeg", ["cst"] = "America/Winnipeg", ["cdt"] = "America/Winnipeg",
        ["mountain"] = "America/Edmonton", ["mt"] = "America/Edmonton", ["mst"] = "America/Edmonton", ["mdt"] = "America/Edmonton",
        ["pacific"] = "America/Vancouver", ["pt"] = "America/Vancouver", ["pst"] = "America/Vancouver", ["pdt"] = "America/Vancouver",
        ["atlantic"] = "America/Halifax", ["at"] = "America/Halifax", ["ast"] = "America/Halifax", ["adt"] = "America/Halifax",
        ["newfoundland"] = "America/St_Johns", ["nt"] = "America/St_Johns", ["nst"] = "America/St_Johns", ["ndt"] = "America/St_Johns",
        ["saskatchewan"] = "America/Regina",
        ["utc"] = "UTC", ["gmt"] = "UTC", ["z"] = "UTC",
    };

    /// <returns>The IANA id, or null when the zone is not known.</returns>
    public static string? Resolve(string text)
    {
        if (Names.TryGetValue(text, out var id))
        {
            return id;
        }

        if (text.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            return zone.Id;
        }

        return null;
    }

    /// <summary>A short label for replies, e.g. <c>Eastern time (America/Toronto)</c>.</summary>
    public static string Label(string id, string language)
    {
        var name = id switch
        {
            Eastern => language == "fr" ? "heure de l'Est" : "Eastern time",
            "America/Winnipeg" => language == "fr" ? "heure du Centre" : "Central time",
            "America/Edmonton" => language == "fr" ? "heure des Rocheuses" : "Mountain time",
            "America/Vancouver" => language == "fr" ? "heure du Pacifique" : "Pacific time",
            "America/Halifax" => language == "fr" ? "heure de l'Atlantique" : "Atlantic time",
            "America/St_Johns" => language == "fr" ? "heure de Terre-Neuve" : "Newfoundland time",
            "UTC" => "UTC",
            _ => null,
        };
        return name is null || id == "UTC" ? id : $"{name} ({id})";
    }
}
