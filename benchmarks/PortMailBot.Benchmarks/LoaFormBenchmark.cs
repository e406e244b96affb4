using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Workflow;
using PortMailBot.TestData;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PortMailBot.Benchmarks;

/// <summary>The prefilled LOA form a text-only request's reply carries, rendered many times: the template alone, the
/// form as the daemon writes it (<see cref="LetterPdf"/>), and the same layout through PdfPig's document builder,
/// the ordinary tool and the daemon's writer before, in the same process, alternating.</summary>
internal static class LoaFormBenchmark
{
    public static int Run(IReadOnlyCollection<string> flags)
    {
        var forms = flags.Select(f => f.StartsWith("--forms=", StringComparison.Ordinal) ? int.Parse(f[8..], CultureInfo.InvariantCulture) : 0).FirstOrDefault(n => n > 0, 2000);
        var renderer = new TemplateRenderer(RepoPaths.Templates);
        var form = new LoaForm(renderer, Options.Create(new WorkflowOptions()), TimeProvider.System, NullLogger<LoaForm>.Instance);
        var models = new[] { Model("en", "Jane Doe", "120 King St W, Suite 400, Toronto ON M5H 1J9"), Model("fr", "Hélène Côté", "1234 rue Saint-Denis, app. 5, Montréal QC H2X 3J6") };

        var template = new List<double>();
        var letterPdf = new List<double>();
        var pdfPig = new List<double>();
        long letterBytes = 0, pdfPigBytes = 0;
        for (var round = 0; round < 6; round++)
        {
            template.Add(Time(forms, i => renderer.Render(LoaForm.Kind, Language(i), models[i % 2]).TextBody.Length));
            letterPdf.Add(Time(forms, i => (letterBytes = form.Render(Language(i), models[i % 2]).Length)));
            pdfPig.Add(Time(forms, i => (pdfPigBytes = PdfPigRender(renderer, Language(i), models[i % 2]).Length)));
        }

        // The first round warms the JIT and the template cache: medians of the other five.
        var t = Median(template.Skip(1));
        var l = Median(letterPdf.Skip(1));
        var p = Median(pdfPig.Skip(1));
        Console.WriteLine($"{forms} forms a round, 5 rounds after one warm-up (median ms a form)");
        Console.WriteLine($"template alone:            {t:F4} ms");
        Console.WriteLine($"template + LetterPdf:      {l:F4} ms  ({letterBytes} bytes)");
        Console.WriteLine($"template + PdfPig builder: {p:F4} ms  ({pdfPigBytes} bytes)");
        Console.WriteLine($"whole form: LetterPdf {p / l:F1}x faster; PDF part alone {(p - t) / Math.Max(l - t, 1e-6):F1}x");
        return 0;
    }

    private static string Language(int i) => i % 2 == 0 ? "en" : "fr";

    private static double Time(int forms, Func<int, long> render)
    {
        var watch = Stopwatch.StartNew();
        long sink = 0;
        for (var i = 0; i < forms; i++)
        {
            sink += render(i);
        }

        GC.KeepAlive(sink);
        return watch.Elapsed.TotalMilliseconds / forms;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static Dictionary<string, object?> Model(string language, string user, string address) => new(StringComparer.Ordinal)
    {
        ["request_id"] = "PR-2026-000042",
        ["authorized_user"] = user,
        ["service_address"] = address,
        ["numbers"] = new List<string> { "(416) 555-0134", "(416) 555-0135", "(647) 555-0199" },
        ["account_number"] = language == "fr" ? "" : "123456789",
        ["account_sid"] = "AC0123456789abcdef0123456789abcdef",
        ["carrier"] = "",
        ["today"] = "2026-11-30",
    };

    /// <summary>The layout <see cref="LoaForm.Render"/> writes, through PdfPig's builder (which prints ASCII only
    /// with the standard fonts, so the text is folded first, as the daemon did).</summary>
    private static byte[] PdfPigRender(TemplateRenderer renderer, string language, IReadOnlyDictionary<string, object?> model)
    {
        var rendered = renderer.Render(LoaForm.Kind, language, model);
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.Letter);
        var top = page.PageSize.Height - 60;
        var y = top;
        page.AddText(Ascii(rendered.Subject), 15, new PdfPoint(60, y), bold);
        y -= 30;
        foreach (var line in rendered.TextBody.Split('\n'))
        {
            if (y < 60)
            {
                page = builder.AddPage(PageSize.Letter);
                y = top;
            }

            if (line.Trim().Length >= 3 && line.Trim().All(c => c == '_'))
            {
                page.DrawLine(new PdfPoint(60, y), new PdfPoint(320, y), 0.7);
            }
            else if (line.Length > 0)
            {
                page.AddText(Ascii(line.Length > 92 ? line[..92] : line), 10.5, new PdfPoint(60, y), line.EndsWith(':') ? bold : regular);
            }

            y -= 15;
        }

        return builder.Build();
    }

    private static string Ascii(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => c is >= ' ' and <= '~').ToArray());
}
