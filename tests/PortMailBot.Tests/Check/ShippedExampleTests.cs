using PortMailBot.Intake.Verdicts;
using PortMailBot.TestData;
using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Check;

/// <summary>The example requests the README's first command answers: each gets the verdict its
/// name promises, the scanned one through the real OCR engine.</summary>
public sealed class ShippedExampleTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);

    [Theory]
    [InlineData("001-en-missing-documents.eml", Verdict.Reject)]
    [InlineData("002-fr-case-postale.eml", Verdict.Reject)]
    [InlineData("003-en-toll-free-no-sid.eml", Verdict.Reject)]
    [InlineData("004-en-complete-scanned.eml", Verdict.Accept)]
    public void Example_gets_its_verdict(string name, string decision)
    {
        if (decision == Verdict.Accept && !fixture.Host.OcrAvailable)
        {
            Assert.Skip("the scanned example needs the OCR engine (scripts/install-ocr.sh)");
        }

        var path = Path.Combine(RepoPaths.Root, "examples", "inbox", name);
        using var stream = File.OpenRead(path);

        var verdict = fixture.Host.Pipeline.Check(stream, path, AsOf, TestContext.Current.CancellationToken).Verdict;

        Assert.Equal(decision, verdict.Decision);
        if (decision == Verdict.Accept)
        {
            Assert.Empty(verdict.Reasons);
            Assert.All(verdict.Documents, d => Assert.True(d.Ocr));
            Assert.Equal(["bill", "csr", "loa"], verdict.Documents.Select(d => d.Kind).Order(StringComparer.Ordinal));
        }
    }
}
