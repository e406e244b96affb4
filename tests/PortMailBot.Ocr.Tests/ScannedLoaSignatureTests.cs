using System.Diagnostics;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Ocr.Tests;

/// <summary>The LOA signature check on real scans read by the real engine, the whole document reader
/// in between: signed scans stay signed once their rules are erased for reading, an unsigned page
/// scanned stays unsigned.</summary>
public sealed class ScannedLoaSignatureTests(OcrEngineFixture fixture)
{
    [Theory]
    [InlineData("LOA.jpg")]
    [InlineData("Lettre d'autorisation.jpg")]
    public void A_signed_scanned_loa_is_signed(string fileName)
    {
        var document = Read(fileName == "LOA.jpg" ? TestScans.ExampleLoa : TestScans.FrenchLoa, fileName);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.True(document.Ocr);
        Assert.True(document.Signed);
    }

    [Fact]
    public void An_unsigned_loa_scanned_to_an_image_stays_unsigned()
    {
        var png = RenderFirstPage(TestScans.UnsignedLoaPdf, 200);

        var document = Read(png, "scan.png");

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.True(document.Ocr);
        Assert.False(document.Signed);
    }

    [Theory]
    [InlineData(3.0, 125, 195)]
    [InlineData(-3.0, 140, 200)]
    public void A_faint_crooked_low_resolution_loa_keeps_its_signature_and_a_blank_one_stays_unsigned(double degrees, int inkLevel, int paperLevel)
    {
        // Both made the hardest scans customers send: 150 dpi, turned, grey ink on grey paper, JPEG quality 30.
        var signed = ImageTransforms.HardScanJpeg(TestScans.ExampleLoa, sourceDpi: 200, dpi: 150, degrees, inkLevel, paperLevel, quality: 30);
        var unsigned = ImageTransforms.HardScanJpeg(RenderFirstPage(TestScans.UnsignedLoaPdf, 200), sourceDpi: 200, dpi: 150, degrees, inkLevel, paperLevel, quality: 30);

        var signedDocument = Read(signed, "LOA.jpg");
        var unsignedDocument = Read(unsigned, "scan.jpg");

        Assert.Equal(DocumentKind.Loa, signedDocument.Kind);
        Assert.True(signedDocument.Signed);
        Assert.Equal(DocumentKind.Loa, unsignedDocument.Kind);
        Assert.False(unsignedDocument.Signed);
    }

    [Fact]
    public void A_scanned_form_reads_values_written_on_their_underlines()
    {
        // A crooked scan whose values sit on underlines: levelled and with the rules erased, every field reads.
        var document = Read(TestScans.FrenchLoa, "lettre.jpg");

        Assert.Contains("Étienne Morin", document.Names);
        Assert.Equal("H3A 3V0", document.ServiceAddress?.PostalCode);
        Assert.Equal("917", document.ServiceAddress?.Unit);
        Assert.Equal("Montréal", document.ServiceAddress?.City);
    }

    private DocumentReader Reader() => new(fixture.Engine);

    private ExtractedDocument Read(byte[] content, string fileName)
    {
        var document = Reader().Read(new AttachmentFile(fileName, "application/octet-stream", content), TestContext.Current.CancellationToken);
        Assert.Null(document.Unreadable);
        return document;
    }

    private static byte[] RenderFirstPage(byte[] pdf, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("pmb-render-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
            foreach (var argument in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", "-png", input, Path.Combine(folder.FullName, "out") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
            process.WaitForExit(TimeSpan.FromSeconds(60));
            return File.ReadAllBytes(Path.Combine(folder.FullName, "out.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
