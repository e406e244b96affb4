using System.Text;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Reads the cross-checked fields (names, service address, account number, phone numbers, a
/// bill's statement date, an LOA's signature) from a classified document's lines.</summary>
internal static partial class DocumentFieldExtractor
{
    /// <summary>Whose name a split name field asks for, after its head ("Prénom du titulaire", "Last name of
    /// account holder"): the same person whatever the form calls them.</summary>
    private static readonly string[] NameOwners =
    [
        "du titulaire", "de la titulaire", "du titulaire du compte", "de la titulaire du compte", "du client", "de la cliente", "de l'abonne", "de l'abonnee",
        "de la personne autorisee", "du responsable", "du signataire", "du representant autorise",
        "of account holder", "of the account holder", "of authorized person", "of the authorized person",
        "of authorised person", "of customer", "of the customer", "of signatory", "of the signatory",
    ];

    private static readonly string[] FirstNameLabels =
    [
        "authorized person first name", "authorised person first name", "personne autorisee prenom",
        "authorized user first name", "utilisateur autorise prenom", "=first name", "=prenom", "=given name",
        .. OwnedLabels(["=prenom", "=first name", "=given name"]),
    ];

    private static readonly string[] LastNameLabels =
    [
        "authorized person last name", "authorised person last name", "personne autorisee nom de famille",
        "authorized user last name", "utilisateur autorise nom de famille", "=last name", "=nom de famille",
        "=surname", "=family name", "=nom",
        .. OwnedLabels(["=nom de famille", "=last name", "=surname", "=family name"]),
    ];

    /// <summary>Each head followed by each owner, as whole captions ("=prenom du titulaire").</summary>
    private static IEnumerable<string> OwnedLabels(string[] heads) =>
        heads.SelectMany(head => NameOwners.Select(owner => head + " " + owner));

    private static readonly string[] FullNameLabels =
    [
        "printed name", "print name", "nom en lettres moulees", "nom en lettres detachees", "nom (lettres moulees)", "nom lettres moulees",
        "name of authorized person",
        "authorized person name", "=authorized person", "=personne autorisee", "nom de la personne autorisee",
        "=authorized user", "=utilisateur autorise", "authorized contact", "contact autorise", "account holder",
        "titulaire du compte", "nom du titulaire", "=titulaire", "account name", "nom du compte", "customer name",
        "name on account", "name on the account", "nom sur le compte", "nom au compte",
        "nom du client", "subscriber name", "nom de l'abonne", "=name", "=nom", "=full name", "=nom complet",
        "=signed by", "=signe par", "=signataire", "=signatory", "name of signatory", "nom du signataire",
        "=subscriber", "=abonne", "=l'abonne", "billing name", "nom de facturation", "end user name", "=end user",
        "=end user name", "nom de l'utilisateur final", "=utilisateur final", "authorized representative",
        "authorised representative", "representant autorise", "representante autorisee", "=customer", "=client",
        "subscriber", "nom de l'abonnee", "titulaire autorise", "titulaire autorisee", "authorized signatory",
        "authorised signatory", "signataire autorise", "signataire autorisee",
        // The person a carrier's record names to speak for the account, under its other usual captions.
        "name of authorized representative", "name of authorised representative", "contact name", "=primary contact",
        "=main contact", "=contact principal", "=personne-ressource", "nom de la personne-ressource", "nom du contact",
        // A name caption saying whose name it asks for ("Nom du titulaire du compte", "Name of the account holder").
        .. OwnedLabels(["=nom", "=name"]),
    ];

    private static readonly string[] BusinessLabels =
    [
        "company name", "=company", "business name", "=business", "=entreprise", "nom de l'entreprise", "raison sociale",
        "=organization", "=organisation", "organization name", "nom de l'organisation", "legal business name",
        "nom commercial", "=societe", "denomination sociale", "=business legal name", "operating name",
    ];

    private static readonly string[] ServiceAddressLabels =
    [
        "service address", "adresse de service", "adresse du service", "service location", "lieu du service",
        "adresse d'installation", "installation address", "lieu d'installation", "lieu de service", "address of service",
        "civic address", "adresse civique", "site address", "premises address", "emplacement du service",
        "location of service", "address where service is provided", "adresse ou le service est fourni",
        "adresse ou le service est offert",
    ];

    private static readonly string[] StreetLabels =
    [
        "street address", "adresse numero et rue", "adresse (numero et rue)", "numero et rue", "=address", "=adresse",
        "=street", "civic address", "adresse civique",
    ];

    /// <summary>A form splitting the street line into boxes: the civic number and the street's name apart.</summary>
    private static readonly string[] CivicNumberLabels =
        ["=street number", "=civic number", "=house number", "=numero civique", "=no civique", "=n civique"];

    private static readonly string[] StreetNameLabels = ["=street name", "=nom de rue", "=nom de la rue", "=rue"];

    private static readonly string[] UnitLabels =
    [
        "suite unit", "bureau unite", "unit suite", "apt unit", "=unit", "=suite", "=apt", "=appartement", "=bureau",
        "=unite", "=local", "apt suite", "suite apt", "unit apt", "apartment suite", "app bureau", "bureau app",
        "appartement bureau", "unite bureau", "=apartment", "=app", "=suite no", "=unit no", "=apt no",
    ];

    /// <summary>The city's caption, or one caption for the whole locality ("City, province, postal code", "Ville /
    /// Province / Code postal"), whose value then holds all three.</summary>
    private static readonly string[] CityLabels =
    [
        "=city", "=ville", "=municipality", "=municipalite", "city town", "ville municipalite", .. LocalityLabels(),
    ];

    /// <summary>Every caption naming a city and its province, its postal code or both, in that order, English or
    /// French, with "and"/"et" before the last or not ("city province and postal code", "ville prov code postal").</summary>
    private static IEnumerable<string> LocalityLabels()
    {
        (string[] City, string[] Province, string[] Postal, string And)[] languages =
        [
            (["city", "town", "city town", "municipality"], ["province", "prov", "province territory"], ["postal code", "postal", "postcode"], "and"),
            (["ville", "municipalite"], ["province", "prov", "province territoire"], ["code postal"], "et"),
        ];
        foreach (var (cities, provinces, postals, and) in languages)
        {
            foreach (var city in cities)
            {
                foreach (var last in provinces.Concat(postals))
                {
                    yield return "=" + city + " " + last;
                    yield return "=" + city + " " + and + " " + last;
                }

                foreach (var province in provinces)
                {
                    foreach (var postal in postals)
                    {
                        yield return "=" + city + " " + province + " " + postal;
                        yield return "=" + city + " " + province + " " + and + " " + postal;
                    }
                }
            }
        }
    }

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
        "statement issued", "date d'emission", "issue date", "statement period ending", "statement ending",
        "date de la facturation", "date de l'etat de compte", "date de l'etat", "account statement date", "=date",
        "bill issued", "invoice issued", "date issued", "issued on", "date of issue", "facture du",
    ];

    /// <summary>Every label read for a field, for telling captions from values (<see cref="FieldCaptions"/>).</summary>
    public static IEnumerable<string> Labels =>
        FirstNameLabels.Concat(LastNameLabels).Concat(FullNameLabels).Concat(ServiceAddressLabels).Concat(StreetLabels)
            .Concat(CivicNumberLabels).Concat(StreetNameLabels).Concat(UnitLabels).Concat(CityLabels).Concat(ProvinceLabels).Concat(PostalCodeLabels).Concat(AccountNumberLabels)
            .Concat(StatementDateLabels).Concat(BusinessLabels);

    public static ExtractedDocument Fill(ExtractedDocument document, PageLayout layout)
    {
        var names = new List<LayoutValue>();
        var addresses = new List<(PostalAddress Address, LayoutValue Where)>();
        var kind = document.Kind;

        if (kind == DocumentKind.Loa)
        {
            AddLoaNames(layout, names);
            AddLoaAddress(layout, addresses);
            AddIfParsed(addresses, LabelledAddress(layout));
        }
        else if (kind == DocumentKind.Csr)
        {
            names.AddRange(layout.AllFound(FullNameLabels));
            AddSplitName(layout, names);
            AddIfParsed(addresses, LabelledAddress(layout));
            // A carrier's record may also give the address in Street / City / Province / Postal code fields.
            AddLoaAddress(layout, addresses);
        }
        else if (kind == DocumentKind.Bill)
        {
            names.AddRange(layout.AllFound(FullNameLabels));
            AddSplitName(layout, names);
            AddIfParsed(addresses, LabelledAddress(layout));
        }

        // What the document says wherever it says it: address blocks (addressee, letterhead) with their name
        // lines, and sentences. Block names always count (a bill's addressee is a business line and a person
        // line); block and sentence addresses count when no labelled address was read, the bill's addressee
        // first since it is the account's address.
        var blocks = AddressBlocks.Find(layout);
        var masthead = new HashSet<TextWord>();
        if (kind is DocumentKind.Bill or DocumentKind.Csr)
        {
            // A carrier's masthead names the carrier and its address, never the customer's (read as a block
            // or as a line of text).
            masthead.UnionWith(blocks.Where(b => b.Masthead).SelectMany(b => b.AddressText.Words));
            blocks = blocks.Where(b => !b.Masthead).ToList();
        }

        names.AddRange(WrappedNames.Find(layout, FullNameLabels));
        names.AddRange(blocks.SelectMany(b => b.NameLines));
        names.AddRange(ProseFields.Names(layout));
        if (kind == DocumentKind.Bill)
        {
            // The carrier's letterhead may stand in the top left too, above the addressee: every top-left block
            // counts, the lowest (the addressee under the letterhead) first.
            var topLeft = blocks.Where(b => b.TopLeft && b.AddressText.Words.Count > 0)
                .OrderByDescending(b => b.AddressText.Words.Min(w => w.Box.Top))
                .Select(b => (b.Address, b.AddressText));
            addresses.InsertRange(0, topLeft);

            // The addressee may stand elsewhere too (the remittance slip at the foot, a sidebar, a later page)
            // under a letterhead address in the top left: any address the bill shows is compared, so the
            // carrier's own address never stands alone for the customer's.
            if (addresses.Count > 0)
            {
                addresses.AddRange(blocks.Where(b => !b.TopLeft).Select(b => (b.Address, b.AddressText)));
            }
        }

        if (addresses.Count == 0)
        {
            var prose = ProseFields.Addresses(layout).Where(p => !p.Text.Words.Any(masthead.Contains)).ToList();
            addresses.AddRange(prose.Where(p => p.Service).Select(p => (p.Address, p.Text)));
            addresses.AddRange(blocks.Select(b => (b.Address, b.AddressText)));
            addresses.AddRange(prose.Where(p => !p.Service).Select(p => (p.Address, p.Text)));
        }

        var keptNames = names
            .Select(n => n with { Text = AddressBlocks.WithoutAttention(n.Text.Trim()) })
            .SelectMany(n => TradeNames.Split(n.Text).Select(part => n with { Text = part }))
            .Where(n => n.Text.Any(char.IsLetter) && !IsCaption(n.Text) && !FieldCaptions.IsCaption(n.Text))
            .DistinctBy(n => n.Text, StringComparer.Ordinal)
            .ToList();
        var keptAddresses = addresses.DistinctBy(a => a.Address).ToList();
        var statementDate = kind == DocumentKind.Bill ? FindStatementDate(layout) : null;
        var sources = keptNames.Select(n => FieldSource.Of(FieldSource.Name, n.Text, n.Page, n.Words))
            .Concat(keptAddresses.Select(a => FieldSource.Of(FieldSource.Address, a.Where.Text.Replace('\n', ' '), a.Where.Page, a.Where.Words)))
            .Concat(statementDate is { } d ? [FieldSource.Of(FieldSource.StatementDate, d.Value.Text, d.Value.Page, d.Value.Words)] : [])
            .ToList();

        var numbers = DocumentPhoneNumbers.Find(layout);
        return document with
        {
            Names = keptNames.Select(n => n.Text).ToList(),
            Businesses = layout.AllValues(BusinessLabels).Select(v => v.Trim()).Where(v => v.Any(char.IsLetter)).ToList(),
            ServiceAddress = keptAddresses.Count > 0 ? keptAddresses[0].Address : null,
            Addresses = keptAddresses.Select(a => a.Address).ToList(),
            Sources = sources,
            AccountNumber = layout.FirstValue(AccountNumberLabels),
            PhoneNumbers = numbers.Numbers,
            UnsureNumbers = numbers.Unsure,
            StatementDate = statementDate?.Date,
            Signed = kind == DocumentKind.Loa ? SignatureDetector.IsSigned(layout) : null,
        };
    }

    private static void AddIfParsed(List<(PostalAddress, LayoutValue)> addresses, LayoutValue? value)
    {
        if (value is not null && AddressBlocks.Parse(value.Text) is { } parsed)
        {
            addresses.Add((parsed, value));
        }
    }

    private static void AddLoaNames(PageLayout layout, List<LayoutValue> names)
    {
        AddSplitName(layout, names);
        names.AddRange(layout.AllFound(FullNameLabels));
        names.AddRange(SignerLines.Find(layout));
    }

    /// <summary>A name given in a first-name and a last-name field, in either order: an LOA's form, and a carrier's
    /// record or bill that keeps the holder's names apart ("Prénom : Guy" / "Nom : Le Blanc").</summary>
    private static void AddSplitName(PageLayout layout, List<LayoutValue> names)
    {
        var first = layout.FirstFound(FirstNameLabels);
        var last = layout.FirstFound(LastNameLabels);
        if (first is not null && last is not null)
        {
            names.Add(new LayoutValue(first.Text + " " + last.Text, first.Page, [.. first.Words, .. last.Words]));
        }
    }

    /// <summary>A value that is really the next caption (an empty field followed by its neighbour's label).</summary>
    private static bool IsCaption(string value) =>
        LabelKey.Of(value) is var key && (key.StartsWith("title", StringComparison.Ordinal) || key.StartsWith("titre", StringComparison.Ordinal) || key == "date");

    /// <summary>An LOA's address form: street, unit, city, province and postal code in their own fields.</summary>
    private static LayoutValue? LoaAddress(PageLayout layout, out LayoutValue? postal)
    {
        var city = layout.FirstFound(CityLabels);
        var province = layout.FirstFound(ProvinceLabels);
        postal = layout.FirstFound(PostalCodeLabels);
        // With no city, province or postal-code field, an "Address:" value may go on over the lines under it
        // ("210-88 Queen St E" / "Toronto, ON M5C 1S6").
        // With city and postal-code fields of their own, the service-address field of the form holds the street
        // ("Service location (number and street)").
        var street = layout.FirstFound(StreetLabels, maxLines: city is null && province is null && postal is null ? 3 : 1)
            ?? SplitStreet(layout)
            ?? (city is not null && postal is not null ? layout.FirstFound(ServiceAddressLabels, maxLines: 1) : null);
        if (street is null)
        {
            return null;
        }

        var unit = layout.FirstFound(UnitLabels);
        var text = new StringBuilder(street.Text);
        if (unit is not null)
        {
            var unitText = unit.Text.Trim();
            text.Append('\n').Append(unitText.All(c => char.IsLetterOrDigit(c) || c == '-') && unitText.Any(char.IsDigit) ? "Unit " + unitText : unitText);
        }

        var parts = new[] { city, province, postal }.OfType<LayoutValue>().ToList();
        text.Append('\n').Append(FieldCaptions.WithoutCaptionRuns(string.Join(' ', parts.Select(p => p.Text))));
        var words = new[] { street, unit }.OfType<LayoutValue>().Concat(parts).SelectMany(p => p.Words).ToList();
        return new LayoutValue(text.ToString(), street.Page, words);
    }

    /// <summary>The street line of a form giving the civic number and the street's name boxes of their own.</summary>
    private static LayoutValue? SplitStreet(PageLayout layout) =>
        layout.FirstFound(CivicNumberLabels) is { } number && number.Text.Any(char.IsDigit) && layout.FirstFound(StreetNameLabels) is { } name
            && !FieldCaptions.IsCaption(name.Text)
            ? new LayoutValue(number.Text.Trim() + " " + name.Text.Trim(), number.Page, [.. number.Words, .. name.Words])
            : null;

    private static void AddLoaAddress(PageLayout layout, List<(PostalAddress, LayoutValue)> addresses)
    {
        if (LoaAddress(layout, out var postal) is { } value && AddressBlocks.Parse(value.Text) is { } parsed)
        {
            addresses.Add((layout.FromOcr && postal is not null ? WithLabelledPostalCode(parsed, postal) : parsed, value));
        }
    }

    /// <summary>A value under a postal-code label is a postal code: when OCR garbled it beyond recognition among
    /// other words ("TSK IWO", taken for a city), its letter/digit confusions are settled by the code's form
    /// (T5K 1W0), specks read as words at almost no confidence left out, and the characters as read are kept
    /// so that a position that could be either stays unknown in the comparison.</summary>
    private static PostalAddress WithLabelledPostalCode(PostalAddress address, LayoutValue postal)
    {
        if (address.PostalCode is not null)
        {
            return address;
        }

        var text = string.Join(' ', postal.Words.Where(w => w.Confidence >= SpeckConfidence).Select(w => w.Text)).Trim();
        if (text.Count(char.IsLetterOrDigit) != 6 || text.Length > 8 || PostalCodes.OcrCanonical(text) is not { } settled || !PostalCodes.IsValid(settled))
        {
            return address;
        }

        var city = address.City is { } read && (Compact(read) == Compact(text) || Compact(read) == Compact(postal.Text)) ? null : address.City;
        return address with { PostalCode = settled, PostalCodeAsRead = text.ToUpperInvariant(), City = city };

        static string Compact(string value) => new(value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
    }

    private static LayoutValue? LabelledAddress(PageLayout layout) =>
        layout.FirstFound(ServiceAddressLabels, maxLines: 4) is { } value && UpToPostalCode(value) is var address
            && AddressBlocks.Parse(address.Text) is not null ? address : null;

    /// <summary>A labelled address ends with its postal code, which a form may put on a fourth row (street, city,
    /// province, postal code); without one, the first three rows are the address.</summary>
    private static LayoutValue UpToPostalCode(LayoutValue value)
    {
        var lines = value.Text.Split('\n');
        var postal = Array.FindIndex(lines, l => PostalCodes.FindLast(l) is not null);
        var kept = postal >= 0 ? postal + 1 : Math.Min(3, lines.Length);
        if (kept == lines.Length)
        {
            return value;
        }

        var words = lines.Take(kept).Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return value with { Text = string.Join('\n', lines.Take(kept)), Words = value.Words.Take(words).ToList() };
    }
}
