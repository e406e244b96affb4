using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Bill headers in layouts carriers use: the statement date in a row of captions with the values in
/// the row under them, in label/value pairs stacked beside the addressee among due dates and service
/// periods, or in the statement's own title. The statement date is always 2 November 2026.</summary>
public static class GeneratedBillHeaders
{
    public static readonly DateOnly Statement = new(2026, 11, 2);

    public static readonly string[] StatementLabels =
    [
        "Statement date", "Invoice date", "Billing date", "Bill date", "Date of bill", "Statement period ending",
        "Date de facturation", "Date de la facture", "Date du relevé", "Date de facture", "Date de l'état de compte",
        "Bill issued", "Date issued", "Issued on", "Date of issue", "Facture du",
    ];

    /// <summary>The statement date written the ways bills write it; slashed day-first forms need the other
    /// dates of the page to settle their order.</summary>
    public static readonly string[] StatementForms =
    [
        "Nov 2, 2026", "November 2nd, 2026", "2 novembre 2026", "2026/11/02", "2026-11-02", "02/11/2026", "2 nov. 2026",
        "02-NOV-2026", "Nov-02-2026",
    ];

    /// <summary>The due date in the same form as the statement date (a slashed due date with a day above 12
    /// tells the order of both).</summary>
    public static string DueIn(string form) => form switch
    {
        "Nov 2, 2026" => "Nov 23, 2026",
        "November 2nd, 2026" => "November 23rd, 2026",
        "2 novembre 2026" => "23 novembre 2026",
        "2026/11/02" => "2026/11/23",
        "2026-11-02" => "2026-11-23",
        "02/11/2026" => "23/11/2026",
        "02-NOV-2026" => "23-NOV-2026",
        "Nov-02-2026" => "Nov-23-2026",
        _ => "23 nov. 2026",
    };

    private static readonly string[] Addressee = ["ACME DENTAL LAB", "ATTN: JANE DOE", "120 KING ST W, SUITE 400", "TORONTO ON  M5H 1J9"];

    /// <summary>Captions in one row, values in the row under them; the statement date's column at <paramref name="column"/>.</summary>
    public static DocumentPage HeaderTable(string label, string form, int column)
    {
        var captions = new List<(string Caption, string Value)> { ("Account number", "NW-88231-04"), ("Due date", DueIn(form)), ("Amount due", "$155.32") };
        captions.Insert(column, (label, form));
        var page = new PageBuilder().Line(30, (40, "NORTHWIND MOBILITY"), (480, "INVOICE"));
        // Each column as wide as its longer text and a gap, as a table's cells are.
        var lefts = new List<double>();
        var left = 40.0;
        foreach (var (caption, value) in captions)
        {
            lefts.Add(left);
            left += Math.Max(caption.Length, value.Length) * 7 + 30;
        }

        page.Line(70, captions.Select((c, i) => (lefts[i], c.Caption)).ToArray())
            .Line(84, captions.Select((c, i) => (lefts[i], c.Value)).ToArray());
        AddAddressee(page, 130);
        page.Line(300, (40, "Billing period"), (200, "Oct 3 - " + form)).Line(420, (60, "(416) 320-4134"), (250, "Mobile"));
        return page.Build();
    }

    /// <summary>Label/value pairs stacked top right, the statement date's row among a service period and a due date.</summary>
    public static DocumentPage Stacked(string label, string form, int row)
    {
        var rows = new List<(string Label, string Value)> { ("Service period", "Oct 3 - Nov 2"), ("Due date", DueIn(form)), ("Account no.", "7731 2290 11") };
        rows.Insert(row, (label, form));
        var page = new PageBuilder().Line(30, (40, "Maritime Cellular"), (480, "Statement"));
        for (var i = 0; i < rows.Count; i++)
        {
            page.Line(60 + i * 14, (300, rows[i].Label), (470, rows[i].Value));
        }

        AddAddressee(page, 130);
        page.Line(420, (60, "(416) 320-4134"), (250, "Mobile"));
        return page.Build();
    }

    /// <summary>Label and value in one run of text, set apart by dot leaders, a due date's row under it.</summary>
    public static DocumentPage Leaders(string label, string form, string leader)
    {
        var page = new PageBuilder()
            .Line(30, (40, "Lakeshore Tel"), (480, "Invoice"))
            .Line(60, (250, label + " " + leader + " " + form))
            .Line(74, (250, "Due date " + leader + " " + DueIn(form)));
        AddAddressee(page, 130);
        page.Line(300, (40, "Total amount due"), (480, "$155.32")).Line(420, (60, "(416) 320-4134"), (250, "Mobile"));
        return page.Build();
    }

    /// <summary>The statement named with its date ("Facture du 2 novembre 2026"), a service period from the same
    /// date beside it.</summary>
    public static DocumentPage Titled(string title, string form)
    {
        var page = new PageBuilder()
            .Line(30, (40, "Télécom Boréal"), (330, title + " " + form))
            .Line(44, (330, "Période du 3 oct. 2026 au " + form))
            .Line(58, (330, "À payer avant le " + DueIn(form)));
        AddAddressee(page, 130);
        page.Line(300, (40, "Montant dû"), (480, "104,11 $")).Line(314, (40, "Total à payer"), (480, "104,11 $"))
            .Line(420, (60, "(416) 320-4134"), (250, "Mobile"));
        return page.Build();
    }

    private static void AddAddressee(PageBuilder page, double top)
    {
        for (var i = 0; i < Addressee.Length; i++)
        {
            page.Line(top + i * 13, (60, Addressee[i]));
        }
    }
}
