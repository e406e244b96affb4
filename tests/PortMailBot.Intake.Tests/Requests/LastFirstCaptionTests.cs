namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A caption that announces the last name first ("Nom, prénom :", "Last name, first name:") over a value
/// written that way: the person named, first name first.</summary>
public sealed class LastFirstCaptionTests
{
    [Theory]
    [InlineData("Nom, prénom : Tremblay, Marie-Ève", "Marie-Ève", "Tremblay")]
    [InlineData("Nom prénom : D'Amours, Noémie", "Noémie", "D'Amours")]
    [InlineData("Last name, first name: McDonald, Angus", "Angus", "McDonald")]
    [InlineData("Surname, given names: de la Fontaine, Jean-François", "Jean-François", "de la Fontaine")]
    [InlineData("NOM, PRÉNOM : CÔTÉ-GAGNON, HÉLÈNE", "HÉLÈNE", "CÔTÉ-GAGNON")]
    public void The_value_names_the_user(string line, string first, string last)
    {
        var text = $"Bonjour,\n\nSID du compte : AC0123456789abcdef0123456789abcdef\n{line}\nNuméros : 514-286-4417\n";

        var fields = RequestText.Extract(text, "Transfert");

        Assert.Equal(first, fields.AuthorizedUser?.FirstName);
        Assert.Equal(last, fields.AuthorizedUser?.LastName);
    }
}
