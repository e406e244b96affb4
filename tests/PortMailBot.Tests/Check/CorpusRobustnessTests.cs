using PortMailBot.Intake.Verdicts;
using PortMailBot.TestData;
using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Check;

/// <summary>Every real-world odd message, PDF and spreadsheet of <c>../shared/corpora</c> goes
/// through the whole pipeline and must come out as a verdict, in bounded time, without an exception.</summary>
public sealed class CorpusRobustnessTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Messages() => Files("wild-mime", "*.eml");

    public static TheoryData<string> Documents()
    {
        var data = Files("wild-pdf", "*.pdf");
        foreach (var file in Files("wild-xlsx", "*"))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Every_wild_message_gets_a_verdict(string name)
    {
        var path = SharedFiles.Require("corpora", "wild-mime", name);
        var verdict = await WithinBudget(() =>
        {
            using var stream = File.OpenRead(path);
            return fixture.Host.Pipeline.Check(stream, path, AsOf, TestContext.Current.CancellationToken).Verdict;
        });

        Assert.Contains(verdict.Decision, new[] { Verdict.Accept, Verdict.Reject });
        Assert.Equal(Verdict.Reject, verdict.Decision); // none of them is a complete port request
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_wild_document_gets_a_verdict(string name)
    {
        var folder = name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "wild-pdf" : "wild-xlsx";
        var path = SharedFiles.Require("corpora", folder, name);
        var message = TestMessages.WithAttachment(name, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));

        var verdict = await WithinBudget(() =>
            fixture.Host.Pipeline.Check(message, name, AsOf, TestContext.Current.CancellationToken).Verdict);

        Assert.Equal(Verdict.Reject, verdict.Decision);
        Assert.Equal(name, Assert.Single(verdict.Documents).Filename);
    }

    private static async Task<Verdict> WithinBudget(Func<Verdict> check) =>
        await Task.Run(check, TestContext.Current.CancellationToken).WaitAsync(Budget, TestContext.Current.CancellationToken);

    private static TheoryData<string> Files(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        var path = RepoPaths.Shared("corpora", folder);
        if (path is null)
        {
            data.Add("(corpus absent)");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
