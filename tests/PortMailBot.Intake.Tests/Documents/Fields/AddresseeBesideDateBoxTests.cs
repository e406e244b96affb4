using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill whose addressee stands at the right, level with a box of dates at the left ("Statement date
/// Nov 18, 2026" and the like): each date's caption has its own value beside it, so the addressee's lines on the
/// same rows are no form's values. The block is read with its attention line, in English or French.</summary>
public sealed class AddresseeBesideDateBoxTests
{
    private static readonly (string Statement, string Due, string Period, string Attn)[] Wordings =
    [
        ("Statement Date", "Due date", "Billing period", "Attn: "),
        ("Bill date", "Payment due", "Service period", "ATTN "),
        ("Date de facturation", "Date d'échéance", "Période", "Attn : "),
        ("Date du relevé", "Échéance", "Période de service", "Attention: "),
    ];

    public static TheoryData<int, double, bool> Cases()
    {
        var data = new TheoryData<int, double, bool>();
        for (var w = 0; w < Wordings.Length; w++)
        {
            foreach (var left in new[] { 320.0, 340.0, 380.0 })
            {
                data.Add(w, left, true);
                data.Add(w, left, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_addressee_beside_a_date_box_is_read(int wording, double left, bool business)
    {
        var (statement, due, period, attn) = Wordings[wording];
        var page = new PageBuilder()
            .SizedLine(40, 16, (40, "Fundy Tel"))
            .SizedLine(94, 8, (40, "Account number 164-2768720"));
        var name = business ? new[] { "Cabinet Giroux", attn + "Yasmin Dubé" } : ["Yasmin Dubé"];
        var lines = name.Concat(["2549 Maple Cres", "Lévis, QC G8J 9M0"]).ToList();
        var dates = new[] { (due, "December 6, 2026"), (statement, "November 18, 2026"), (period, "Oct 19, 2026 - Nov 17, 2026") };
        for (var i = 0; i < lines.Count; i++)
        {
            page.SizedLine(152 - (13 * (lines.Count - 1)) + (13 * i), 9, (left, lines[i]));
        }

        for (var i = 0; i < dates.Length; i++)
        {
            page.SizedLine(122 + (16 * i), 8, (46, dates[i].Item1), (272 - (dates[i].Item2.Length * 4.8), dates[i].Item2));
        }

        var document = DocumentReader.FromPages("bill.pdf", [page.SizedLine(230, 12, (40, "Total amount due $151.58")).Build()]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains("Yasmin Dubé", document.Names);
        Assert.Contains(document.Addresses, a => a.StreetNumber == "2549" && a.PostalCode == "G8J 9M0");
    }
}
