using System.Text;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Reads the cross-checked fields (names, service address, account number, phone numbers, a
/// bill's statement date, an LOA's signature) from a classified document's lines.</summary>
internal static partial class DocumentFieldExtractor
{
    private static readonly string[] FirstNameLabels =
    [
        "authorized person first name", "authorised person first name", "personne autorisee prenom",
        "authorized user first name", "utilisateur autorise prenom", "=first name", "=prenom", "=given name",
    ];

    private static readonly string[] LastNameLabels =
    [
        "authorized person last name", "authorised person last name", "personne autorisee nom de famille",
        "authorized user last name", "utilisateur autorise nom de famille", "=last name", "=nom de famille",
        "=surname", "=family name", "=nom",
    ];

    private static readonly string[] FullNameLabels =
    [
        "printed name", "print name", "nom en lettres moulees", "nom en lettres detachees", "name of authorized person",
        "authorized person name", "=authorized person", "=personne autorisee", "nom de la personne autorisee",
        "=authorized user", "=utilisateur autorise", "authorized contact", "contact autorise", "account holder",
        "titulaire du compte", "nom du titulaire", "=titulaire", "account name", "nom du compte", "customer name",
        "nom du client", "subscriber name", "nom de l'abonne",
    ];

    private static readonly string[] ServiceAddressLabels =
    [
        "service address", "adresse de service", "adresse du service", "service location", "lieu du service",
        "adresse d'installation", "installation address",
    ];

    private static readonly string[] StreetLabels =
    [
        "street address", "adresse numero et rue", "adresse (numero et rue)", "numero et rue", "=address", "=adresse",
        "=street", "civic address", "adresse civique",
    ];

    private static readonly string[] UnitLabels =
    [
        "suite unit", "bureau unite", "unit suite", "apt unit", "=unit", "=suite", "=apt", "=appartement", "=bureau",
        "=unite", "=local",
    ];

    private static readonly string[] CityLabels = ["=city", "=ville", "=municipality", "=municipalite", "city town", "ville municipalite"];

    private static readonly string[] ProvinceLabels = ["=province", "province territory", "province territoire", "=prov"];

    private static readonly string[] PostalCodeLabels = ["=postal code", "=code postal", "postal code", "code postal"];

    private static readonly string[] AccountNumberLabels =
    [
        "account number with current carrier", "numero de compte chez le fournisseur actuel",
        "numero de compte chez le fournisseur", "account number", "account no", "account #", "acct no",
        "numero de compte", "no de compte", "n de compte", "compte no",
    ];

    private static readonly string[] StatementDateLabels =
    [
        "statement date", "bill date", "billing date", "invoice date", "date of statement", "date of bill",
        "date de facturation", "date du releve", "date de la facture", "date de facture", "date du compte",
        "statement issued", "date d'emission", "issue date", "=date",
    ];

    public static ExtractedDocument Fill(ExtractedDocument document, PageLayout layout)
    {
        var names = new List<string>();
        PostalAddress? address = null;
        var kind = document.Kind;

        if (kind == DocumentKind.Loa)
        {
            AddLoaNames(layout, names);
            address = LoaAddress(layout) ?? LabelledAddress(layout);
        }
        else if (kind == DocumentKind.Csr)
        {
            names.AddRange(layout.AllValues(FullNameLabels));
            address = LabelledAddress(layout);
        }
        else if (kind == DocumentKind.Bill)
        {
            if (AddresseeBlock.Find(layout) is { } block)
            {
                names.AddRange(block.NameLines);
                address = SafeParse(string.Join('\n', block.AddressLines));
            }

            names.AddRange(layout.AllValues(FullNameLabels));
            address ??= LabelledAddress(layout);
        }

        return document with
        {
            Names = names.Select(n => n.Trim()).Where(n => n.Any(char.IsLetter)).Distinct(StringComparer.Ordinal).ToList(),
            ServiceAddress = address,
            AccountNumber = layout.FirstValue(AccountNumberLabels),
            PhoneNumbers = FindPhoneNumbers(layout),
            StatementDate = kind == DocumentKind.Bill ? FindStatementDate(layout) : null,
            Signed = kind == DocumentKind.Loa ? SignatureDetector.IsSigned(layout) : null,
        };
    }

    private static void AddLoaNames(PageLayout layout, List<string> names)
    {
        var first = layout.FirstValue(FirstNameLabels);
        var last = layout.FirstValue(LastNameLabels);
        if (first is not null && last is not null)
        {
            names.Add(first + " " + last);
        }

        names.AddRange(layout.AllValues(FullNameLabels).Where(v => !IsCaption(v)));
    }

    /// <summary>A value that is really the next caption (an empty field followed by its neighbour's label).</summary>
    private static bool IsCaption(string value) =>
        LabelKey.Of(value) is var key && (key.StartsWith("title", StringComparison.Ordinal) || key.StartsWith("titre", StringComparison.Ordinal) || key == "date");

    /// <summary>An LOA's address form: street, unit, city, province and postal code in their own fields.</summary>
    private static PostalAddress? LoaAddress(PageLayout layout)
    {
        var street = layout.FirstValue(StreetLabels);
        if (street is null)
        {
            return null;
        }

        var unit = layout.FirstValue(UnitLabels);
        var city = layout.FirstValue(CityLabels);
        var province = layout.FirstValue(ProvinceLabels);
        var postal = layout.FirstValue(PostalCodeLabels);
        var text = new StringBuilder(street);
        if (unit is not null)
        {
            var unitText = unit.Trim();
            text.Append('\n').Append(unitText.All(c => char.IsLetterOrDigit(c) || c == '-') && unitText.Any(char.IsDigit) ? "Unit " + unitText : unitText);
        }

        text.Append('\n').Append(string.Join(' ', new[] { city, province, postal }.Where(p => p is not null)));
        return SafeParse(text.ToString());
    }

    private static PostalAddress? LabelledAddress(PageLayout layout)
    {
        foreach (var value in ServiceAddressValues(layout))
        {
            if (SafeParse(value) is { } parsed)
            {
                return parsed;
            }
        }

        return null;
    }

    private static IEnumerable<string> ServiceAddressValues(PageLayout layout)
    {
        var value = layout.FirstValue(ServiceAddressLabels, maxLines: 3);
        if (value is not null)
        {
            yield return value;
        }
    }

    private static PostalAddress? SafeParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return AddressParser.Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static DateOnly? FindStatementDate(PageLayout layout)
    {
        foreach (var hit in layout.FindLabels(StatementDateLabels))
        {
            var value = layout.ValueOf(hit, out var valueLine);
            if (value is null)
            {
                continue;
            }

            var text = value.Text;
            // A value split over two lines ("16 nov." / "2026") is joined with the next line's same column.
            if (StatementDateParser.Parse(text) is { } date)
            {
                return date;
            }

            var next = valueLine + 1 < layout.Lines.Count ? layout.Lines[valueLine + 1] : null;
            var below = next?.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - value.Box.Left) < 2 * value.Box.Height);
            if (below is not null && StatementDateParser.Parse(text + " " + below.Text) is { } joined)
            {
                return joined;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[0-9OoIlSB|()\-. ]{10,}")]
    private static partial Regex DigitLike();

    private static List<string> FindPhoneNumbers(PageLayout layout)
    {
        var found = new List<string>();
        foreach (var line in layout.Lines)
        {
            var text = layout.FromOcr ? FixOcrDigits(line.Text) : line.Text;
            IReadOnlyList<RequestedNumber> numbers;
            try
            {
                numbers = PhoneNumberFinder.Find(text);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                continue;
            }

            found.AddRange(numbers.Select(n => n.Number));
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>In runs that are mostly digits, OCR's letter look-alikes are turned back into digits.</summary>
    private static string FixOcrDigits(string text) =>
        DigitLike().Replace(text, m =>
        {
            var digits = m.Value.Count(char.IsDigit);
            if (digits < 7)
            {
                return m.Value;
            }

            var builder = new StringBuilder(m.Value.Length);
            foreach (var c in m.Value)
            {
                builder.Append(c switch
                {
                    'O' or 'o' => '0',
                    'I' or 'l' or '|' => '1',
                    'S' => '5',
                    'B' => '8',
                    _ => c,
                });
            }

            return builder.ToString();
        });
}
