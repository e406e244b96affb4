using PortMailBot.Daemon.Processing;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>The real intake engine; while the engine's parts are not written yet (they throw
/// NotImplementedException), a stand-in that decides only on which documents are attached, so the
/// daemon's mail flow is still tested. Assertions hold under both.</summary>
internal sealed class TestRequestChecker(IntakePipeline pipeline, TimeProvider time) : IRequestChecker
{
    private readonly PipelineRequestChecker _real = new(pipeline, time);

    public static bool EngineAvailable { get; private set; } = true;

    public DateOnly Today() => _real.Today();

    public IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (EngineAvailable)
        {
            try
            {
                return _real.Check(thread, readBefore, file, asOf, cancellationToken);
            }
            catch (NotImplementedException)
            {
                EngineAvailable = false;
            }
        }

        return StandIn(thread, file);
    }

    private static IntakeResult StandIn(IReadOnlyList<ReceivedMessage> thread, string file)
    {
        var names = thread.SelectMany(m => m.Attachments).Select(a => a.FileName).ToList();
        var text = string.Join("\n", thread.Select(m => m.FreshText));
        var documents = new List<ExtractedDocument>();
        var reasons = new List<string>();
        Document(names, ["loa", "autoris"], DocumentKind.Loa, ReasonCode.LoaMissing, documents, reasons);
        Document(names, ["csr", "dossier", "service record"], DocumentKind.Csr, ReasonCode.CsrMissing, documents, reasons);
        Document(names, ["bill", "facture", "statement"], DocumentKind.Bill, ReasonCode.BillMissing, documents, reasons);
        var french = text.Contains("Bonjour", StringComparison.OrdinalIgnoreCase);
        var verdict = new Verdict(file, thread[^1].MessageId, reasons.Count == 0 ? Verdict.Accept : Verdict.Reject, reasons, null, null, null, [], []);
        return new IntakeResult(verdict, new ReceivedMessage { MessageId = thread[^1].MessageId, FreshText = text }, new RequestFields { Language = french ? "fr" : "en" }, documents);
    }

    private static void Document(List<string> names, string[] words, DocumentKind kind, string missing, List<ExtractedDocument> documents, List<string> reasons)
    {
        var name = names.FirstOrDefault(n => words.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (name is null)
        {
            reasons.Add(missing);
        }
        else
        {
            documents.Add(new ExtractedDocument(name, kind));
        }
    }
}
