using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>An address given as a form's separate fields in the message ("Street: …", "City: …",
/// "Province: …", "Postal code: …", in English or French), put back together as one address.</summary>
internal static partial class AddressPartsReader
{
    private enum Part
    {
        Street,
        CivicNumber,
        Unit,
        City,
        Province,
        PostalCode,
        Locality,
    }

    /// <summary>The words a locality's caption is made of, by the part each names.</summary>
    private static readonly (string Words, Part Part)[] LocalityWords =
    [
        ("postal code", Part.PostalCode), ("code postal", Part.PostalCode), ("postcode", Part.PostalCode), ("postal", Part.PostalCode),
        ("city", Part.City), ("town", Part.City), ("ville", Part.City), ("municipality", Part.City), ("municipalite", Part.City),
        ("province", Part.Province), ("prov", Part.Province), ("territory", Part.Province), ("territoire", Part.Province),
        ("and", Part.Locality), ("et", Part.Locality),
    ];

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

        // A civic number given a field of its own goes before the street it numbers ("Numéro civique : 123",
        // "Rue : rue de la Montagne").
        if (parts.TryGetValue(Part.Street, out var named) && !named.Any(char.IsDigit)
            && parts.TryGetValue(Part.CivicNumber, out var civic) && CivicNumber().IsMatch(civic))
        {
            parts[Part.Street] = civic + " " + named;
        }

        if (!parts.TryGetValue(Part.Street, out var street) || !street.Any(char.IsDigit)
            || !(parts.ContainsKey(Part.PostalCode) || parts.ContainsKey(Part.City) || parts.ContainsKey(Part.Locality)))
        {
            return null;
        }

        var text = street;
        if (parts.TryGetValue(Part.Unit, out var unit))
        {
            // A bare "302" is a unit only once said to be one.
            text += "\n" + (unit.All(c => char.IsLetterOrDigit(c) || c == '-') ? "Unit " + unit : unit);
        }

        var locality = new[] { Part.City, Part.Locality, Part.Province, Part.PostalCode }.Where(parts.ContainsKey).Select(p => parts[p]);
        return text + "\n" + string.Join(' ', locality);
    }

    private static Part? PartOf(string label) =>
        StreetLabel().IsMatch(label) ? Part.Street
        : CivicNumberLabel().IsMatch(label) ? Part.CivicNumber
        : UnitLabel().IsMatch(label) ? Part.Unit
        : CityLabel().IsMatch(label) ? Part.City
        : ProvinceLabel().IsMatch(label) ? Part.Province
        : PostalLabel().IsMatch(label) ? Part.PostalCode
        : IsLocalityLabel(label) ? Part.Locality
        : null;

    /// <summary>One caption for several parts of the locality ("City/Province/Postal code", "Ville, province et
    /// code postal"): made only of the words of two parts or more.</summary>
    private static bool IsLocalityLabel(string label)
    {
        var named = new HashSet<Part>();
        var rest = " " + string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var (words, part) in LocalityWords)
        {
            while (rest.Contains(" " + words + " ", StringComparison.Ordinal))
            {
                rest = rest.Replace(" " + words + " ", " ", StringComparison.Ordinal);
                named.Add(part);
            }
        }

        named.Remove(Part.Locality);
        return rest.Trim().Length == 0 && named.Count >= 2;
    }

    // A caption may list several parts with commas ("City, province, postal code").
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\d'’ ()/.#,-]{1,40}?)\s*(?:[:：|]|\s{2,})\s*(?<value>\S.{0,100})$")]
    private static partial Regex LabelAndValue();

    // The street's caption, or the address's own ("Address", "Adresse de service") when its city, province and
    // postal code have fields of their own below it.
    [GeneratedRegex(@"^(?:(?:service\s+|civic\s+)?street(?:\s+address)?|street\s+(?:number\s+and\s+)?name|address\s+line\s+1|adresse\s+ligne\s+1|rue|nom\s+de\s+(?:la\s+)?rue|(?:numero|no)\s+(?:civique\s+)?et\s+rue|adresse\s+numero\s+et\s+rue|civic\s+address|adresse\s+civique|(?:service\s+)?address|adresse(?:\s+d[eu]\s+service)?)$")]
    private static partial Regex StreetLabel();

    [GeneratedRegex(@"^(?:(?:civic|street|house|building)\s+(?:number|no)|(?:numero|no)\s+civique)$")]
    private static partial Regex CivicNumberLabel();

    [GeneratedRegex(@"^\d{1,6}[a-zA-Z]?$")]
    private static partial Regex CivicNumber();

    // Unit words, alone or offered as alternatives ("Unit / suite", "App. / bureau", "Apt number").
    [GeneratedRegex(@"^(?:unit|suite|apt|appt|apartment|appartement|app|bureau|local|unite)(?:\s+(?:unit|suite|apt|appt|apartment|appartement|app|bureau|local|unite|number|no|numero))*$|^(?:address\s+line\s+2|adresse\s+ligne\s+2)$")]
    private static partial Regex UnitLabel();

    [GeneratedRegex(@"^(?:city|town|ville|municipality|municipalite|city\s+town|ville\s+municipalite)$")]
    private static partial Regex CityLabel();

    [GeneratedRegex(@"^(?:province|prov|province\s+territory|province\s+territoire|state\s+province)$")]
    private static partial Regex ProvinceLabel();

    [GeneratedRegex(@"^(?:postal\s+code|code\s+postal|postal|postcode)$")]
    private static partial Regex PostalLabel();
}
