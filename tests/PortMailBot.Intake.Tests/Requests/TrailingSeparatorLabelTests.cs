namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A label that ends in a dash, bar or arrow instead of a colon ("Service address -") with its value on
/// the lines below, in separators and wordings generated here.</summary>
public sealed class TrailingSeparatorLabelTests
{
    public static TheoryData<string, string> Labels()
    {
        var data = new TheoryData<string, string>();
        foreach (var separator in new[] { " -", " –", " —", " |", " =>", "-" })
        {
            data.Add("Service address" + separator, "Authorized user" + separator);
            data.Add("Adresse de service" + separator, "Titulaire autorisé" + separator);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_value_below_a_label_ending_in_a_separator_is_read(string addressLabel, string userLabel)
    {
        var text = $"Hello,\n\n{userLabel}\nJane Doe\n\n{addressLabel}\n1730, boulevard Saint-Michel, bureau 12\nMontréal, QC\nH1V 8P9\n\nNumbers: 514-555-0147\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(("12", "Montréal", "H1V 8P9"), (fields.ServiceAddress?.Unit, fields.ServiceAddress?.City, fields.ServiceAddress?.PostalCode));
        Assert.Equal(("Jane", "Doe"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
    }

    [Theory]
    [InlineData("We are located at")]
    [InlineData("Our office is located at")]
    [InlineData("Nous sommes situés au")]
    [InlineData("Notre bureau est situé au")]
    public void A_sentence_that_ends_its_line_before_the_address_is_its_label(string opening)
    {
        var text = $"Bonjour,\n\nTitulaire autorisé : Jane Doe\n{opening}\n1730 boulevard Saint-Michel\nMontréal, QC\nH1V 8P9\n\nMerci\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(("1730", "Montréal", "H1V 8P9"), (fields.ServiceAddress?.StreetNumber, fields.ServiceAddress?.City, fields.ServiceAddress?.PostalCode));
    }
}
