namespace PortMailBot.Intake.Documents;

public enum DocumentKind
{
    Other,
    Loa,
    Csr,
    Bill,
    Numbers,
}
