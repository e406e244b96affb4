namespace PortMailBot.Intake.Names;

/// <summary>A person's name; <see cref="Middle"/> holds middle names or initials, if any.</summary>
public sealed record PersonName(string FirstName, string LastName, string? Middle = null)
{
    public string FullName => Middle is null ? $"{FirstName} {LastName}" : $"{FirstName} {Middle} {LastName}";
}
