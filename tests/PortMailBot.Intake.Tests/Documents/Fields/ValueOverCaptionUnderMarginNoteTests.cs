using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A record whose values stand over their small captions, one field a row, under a note printed off to the
/// side ("Generated 2026-11-22" at the right margin) just over the first row: the note heads no column, so every
/// value is still read over its own caption, a name split over two captions among them. Words are boxed to their
/// glyphs, as a text layer gives them: a word of small letters ("name") stands lower than a capital's top.</summary>
public sealed class ValueOverCaptionUnderMarginNoteTests
{
    private static readonly string[] Notes = ["Generated 2026-11-22", "Printed 2026-11-03 14:02", "Généré le 2026-10-30"];

    private static readonly (string First, string Last)[] NameCaptions =
    [
        ("First name", "Surname"), ("First name", "Last name"), ("Prénom", "Nom de famille"),
    ];

    public static TheoryData<int, int, double, bool> Cases()
    {
        var data = new TheoryData<int, int, double, bool>();
        for (var n = 0; n < Notes.Length; n++)
        {
            for (var c = 0; c < NameCaptions.Length; c++)
            {
                data.Add(n, c, 380 + (30 * c), n % 2 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Values_over_captions_under_a_margin_note_are_read(int note, int captions, double noteLeft, bool upper)
    {
        var (firstCaption, lastCaption) = NameCaptions[captions];
        string Case(string s) => upper ? s.ToUpperInvariant() : s;
        var page = new PageBuilder()
            .SizedLine(39, 14, (170, "Account Details / Détails du compte"))
            .SizedLine(61, 9, (272, "Chinook Fibre"))
            .SizedLine(74, 7.4, (noteLeft, Notes[note]));
        var fields = new[]
        {
            ("8734624991", "Account #"), ("Active", "Status"), (Case("Anaïs"), firstCaption), (Case("Gagnon"), lastCaption),
            (Case("4862 Barrington Street"), "Service location"), (Case("Halifax"), "City"), (Case("Nova Scotia"), "Province"),
            ("B9J 6M7", "Postal Code"), ("Same as service address", "Billing address"),
        };
        double top = 92.8;
        foreach (var (value, caption) in fields)
        {
            Glyphs(page, top, 9.25, 52, value);
            Glyphs(page, top + 13.2, 6.5, 50, caption);
            top += 25;
        }

        page.SizedLine(top + 10, 11, (50, "Active lines"))
            .SizedLine(top + 30, 10, (50, "(902) 409-4935"), (250, "(902) 751-3568"));

        var document = DocumentReader.FromPages("account.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Contains(Case("Anaïs Gagnon"), document.Names);
        Assert.DoesNotContain(document.Names, n => n.Split(' ') is [var a, var b] && a == b);
        Assert.Equal("8734624991", document.AccountNumber);
        Assert.Contains(document.Addresses, a => a.StreetNumber == "4862" && a.PostalCode == "B9J 6M7");
    }

    public static TheoryData<string, string, string> ContactCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (holder, contact) in new[] { ("Nom du compte", "Personne-ressource"), ("Account name", "Main contact"), ("Account holder", "Primary contact") })
        {
            data.Add(holder, contact, "253 ch. Sainte-Foy|Sherbrooke QC J9A2M1");
            data.Add(holder, contact, "88 Queen St E, Unit 4|Toronto ON M5C 1S6");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContactCases))]
    public void A_contact_over_its_caption_is_read_over_an_address_of_two_lines(string holderCaption, string contactCaption, string address)
    {
        var page = new PageBuilder()
            .SizedLine(39, 14, (259, "Fiche client"))
            .SizedLine(74, 7.4, (400, "Généré le 2026-11-24"));
        var lines = address.Split('|');
        var fields = new[] { ("8373157729", "Numéro de compte"), ("Blue Heron Books", holderCaption), ("Marcus Nakamura", contactCaption) };
        double top = 92.8;
        foreach (var (value, caption) in fields)
        {
            Glyphs(page, top, 9.25, 52, value);
            Glyphs(page, top + 13.2, 6.5, 50, caption);
            top += 25;
        }

        Glyphs(page, top, 9.25, 52, lines[0]);
        Glyphs(page, top + 13, 9.25, 52, lines[1]);
        Glyphs(page, top + 26.2, 6.5, 50, "Adresse de service");
        Glyphs(page, top + 38, 9.25, 52, "Identique");
        Glyphs(page, top + 51.2, 6.5, 50, "Adresse de facturation");

        var document = DocumentReader.FromPages("details.pdf", [page.Build()]);

        Assert.Contains("Marcus Nakamura", document.Names);
        Assert.DoesNotContain(lines[0], document.Names);
    }

    /// <summary>Writes words boxed to their glyphs: a word with a capital, a digit or a tall letter from the print's
    /// top, one of small letters alone from the letters' middle; an accented capital reaches higher.</summary>
    private static void Glyphs(PageBuilder page, double top, double size, double left, string text)
    {
        var x = left;
        foreach (var word in text.Split(' '))
        {
            var tall = word.Any(c => char.IsUpper(c) || char.IsDigit(c) || "bdfhklt".Contains(c, StringComparison.Ordinal));
            var accented = word.Any(c => char.IsUpper(c) && c > 'Z');
            var wordTop = accented ? top - (0.2 * size) : tall ? top : top + (0.25 * size);
            var w = word.Length * 0.6 * size;
            page.Word(word, new PageBox(x, wordTop, x + w, top + size), 1);
            x += w + (0.3 * size);
        }
    }
}
