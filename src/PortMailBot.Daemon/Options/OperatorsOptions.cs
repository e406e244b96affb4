namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Operators</c>: the porting operators copied on every reply.</summary>
public sealed class OperatorsOptions
{
    public const string SectionName = "Operators";

    public List<string> Addresses { get; set; } = [];
}
