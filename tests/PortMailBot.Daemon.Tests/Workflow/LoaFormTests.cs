using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;
using PortMailBot.TestData;
using UglyToad.PdfPig;

namespace PortMailBot.Daemon.Tests.Workflow;

public sealed class LoaFormTests
{
    private static LoaForm Form() => new(
        new TemplateRenderer(RepoPaths.Templates),
        Microsoft.Extensions.Options.Options.Create(new WorkflowOptions()),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)),
        NullLogger<LoaForm>.Instance);

    [Fact]
    public void The_french_form_is_a_readable_pdf_with_the_requests_fields()
    {
        var model = new Dictionary<string, object?>
        {
            ["request_id"] = "PR-2026-000042",
            ["authorized_user"] = "Hélène Tremblay",
            ["service_address"] = "1234 rue Saint-Denis, Montréal QC H2X 3J6",
            ["numbers"] = new List<string> { "(514) 555-0134", "(514) 555-0135" },
            ["account_number"] = "",
            ["account_sid"] = "",
            ["carrier"] = "",
            ["today"] = "2026-11-30",
        };

        var pdf = Form().Render("fr", model);

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Hélène Tremblay", text, StringComparison.Ordinal);
        Assert.Contains("Montréal QC H2X 3J6", text, StringComparison.Ordinal);
        Assert.Contains("555-0135", text, StringComparison.Ordinal);
        Assert.Contains("PR-2026-000042", text, StringComparison.Ordinal);
        Assert.Contains("Numéro de compte", text, StringComparison.Ordinal);
        Assert.Contains("soussigné(e)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_of_numbers_flows_onto_further_pages_that_all_read_back()
    {
        var numbers = Enumerable.Range(0, 60).Select(i => "(416) 555-" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var model = new Dictionary<string, object?>
        {
            ["request_id"] = "PR-2026-000043",
            ["authorized_user"] = "Jane (JJ) O\\Neil",
            ["service_address"] = "120 King St W, Toronto ON M5H 1J9",
            ["numbers"] = numbers,
            ["account_number"] = "",
            ["account_sid"] = "",
            ["carrier"] = "",
            ["today"] = "2026-11-30",
        };

        var pdf = Form().Render("en", model);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.All(numbers, n => Assert.Contains(n[6..], text, StringComparison.Ordinal));
        Assert.Contains("(JJ)", text, StringComparison.Ordinal);
        Assert.Contains("O\\Neil", text, StringComparison.Ordinal);
    }
}
