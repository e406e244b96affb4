using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.TestData;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Hostile and malformed real-world files (stack-depth bombs, circular references, decompression
/// bombs, encryption): every one must come back as a result, quickly, never as an exception or a hang.</summary>
public sealed class WildCorpusTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "corpora/wild-pdf", "corpora/wild-xlsx" })
        {
            if (RepoPaths.Shared(folder) is { } path)
            {
                foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
                {
                    data.Add(folder + "/" + Path.GetFileName(file));
                }
            }
        }

        if (data.Count == 0)
        {
            data.Add("none");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_file_returns_without_throwing(string relative)
    {
        if (relative == "none")
        {
            Assert.Skip("../shared/corpora is not present beside the repository: nothing to read.");
        }

        var path = SharedFiles.Require(relative);
        var file = new AttachmentFile(Path.GetFileName(path), "application/octet-stream", await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        var reader = new DocumentReader(new UnavailableOcrEngine());
        using var deadline = new CancellationTokenSource(PerFile);

        // On a worker thread so that one hang fails this file instead of blocking the suite.
        var reading = Task.Run(() => reader.Read(file, deadline.Token), TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(reading, Task.Delay(PerFile + TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));

        Assert.Same(reading, finished);
        var document = await reading;
        Assert.Equal(file.FileName, document.FileName);
        if (document.Unreadable is not null)
        {
            Assert.Equal(DocumentKind.Other, document.Kind);
        }
    }

    [Theory]
    [InlineData("pdfminer-issue-1113-evil-xobjects.pdf")]
    [InlineData("pypdf-libreoffice-writer-password.pdf")]
    [InlineData("edr-as3xls_biff2.xls")]
    [InlineData("closedxml-excel-owner-lockfile-not-a-zip.xlsx")]
    public void Known_hostile_files_are_unreadable(string name)
    {
        AssertUnreadable(Path.Combine(AppContext.BaseDirectory, "TestData", "Hostile", name));
    }

    /// <summary>The stack-depth bombs of the corpus, too large to keep in the repository.</summary>
    [Theory]
    [InlineData("corpora/wild-pdf/pdfpig-stackoverflow_error.pdf")]
    [InlineData("corpora/wild-pdf/pdfpig-stackoverflow_issue_1122.pdf")]
    public void Known_hostile_corpus_files_are_unreadable(string relative)
    {
        AssertUnreadable(SharedFiles.Require(relative));
    }

    private static void AssertUnreadable(string path)
    {
        var file = new AttachmentFile(Path.GetFileName(path), "application/octet-stream", File.ReadAllBytes(path));

        var document = new DocumentReader(new UnavailableOcrEngine()).Read(file, TestContext.Current.CancellationToken);

        Assert.NotNull(document.Unreadable);
    }
}
