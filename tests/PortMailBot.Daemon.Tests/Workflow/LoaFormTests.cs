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
        Assert.Contains("Helene Tremblay", text, StringComparison.Ordinal);
        Assert.Contains("Montreal QC H2X 3J6", text, StringComparison.Ordinal);
        Assert.Contains("555-0135", text, StringComparison.Ordinal);
        Assert.Contains("PR-2026-000042", text, StringComparison.Ordinal);
        Assert.Contains("Numero de compte", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hélène Côté-Lœuf", "Helene Cote-Loeuf")]
    [InlineData("l’autorisation « signée »", "l'autorisation \" signee \"")]
    [InlineData("名前", "??")]
    public void Text_is_folded_to_what_the_standard_fonts_print(string text, string printable)
    {
        Assert.Equal(printable, LoaForm.Printable(text));
    }
}
