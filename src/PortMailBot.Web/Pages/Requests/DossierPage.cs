using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Web.Pages.Requests;

/// <summary>What the request page shows.</summary>
public sealed record DossierPage(
    WorkflowRequest Request,
    RequestFields? Fields,
    string? Decision,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<TransitionRecord> History,
    IReadOnlyList<WorkflowAction> Actions);

/// <summary>One document: what was read on it, and its pages with the spots where it was read.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Signed is the domain word (the LOA is signed by hand), as in the intake's ExtractedDocument.")]
public sealed record DocumentView(
    long Id,
    string FileName,
    string Kind,
    bool Ocr,
    string? Unreadable,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Numbers,
    bool? Signed,
    DateOnly? StatementDate,
    IReadOnlyList<EvidencePage> Pages);

/// <summary>A page as a picture, in the page's own units, with the boxes of the words each value was read from.</summary>
public sealed record EvidencePage(int Number, string ImageUrl, double Width, double Height, IReadOnlyList<EvidenceMark> Marks);

/// <param name="Field"><c>name</c>, <c>address</c> or <c>statementDate</c>: the colour of the box.</param>
public sealed record EvidenceMark(string Field, string Value, double Left, double Top, double Width, double Height);

public sealed record MessageView(DateTimeOffset At, string Direction, string Who, string Subject, string Text);
