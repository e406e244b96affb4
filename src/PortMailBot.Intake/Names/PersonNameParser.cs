namespace PortMailBot.Intake.Names;

/// <summary>Splits a written name ("Jérôme M. Marchand", "MARCHAND, Jérôme") into its parts.</summary>
public static class PersonNameParser
{
    public static PersonName? Parse(string text) =>
        throw new NotImplementedException("TODO(match): PersonNameParser");
}
