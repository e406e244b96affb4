using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Requests written by people with their own habits: "Label = value", a one-word label ending in a dash
/// ("Address -"), the person in charge named in place of an authorized user, and a numbers sentence wrapped by a
/// mail client in the middle of a number. The forms are generated here over wordings and separators.</summary>
public sealed class BodyWordingVariantsTests
{
    private static readonly string[] UserLabels = ["Authorized user", "Personne autorisée", "Signataire autorisé", "Owner", "Titulaire du compte"];

    public static TheoryData<string, string> EqualsLabels()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in UserLabels)
        {
            data.Add(user, " = ");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EqualsLabels))]
    public void A_label_set_apart_from_its_value_by_an_equals_sign_is_read(string userLabel, string separator)
    {
        var text = $"Bonjour,\n\nSID du compte{separator}AC0123456789abcdef0123456789abcdef\nNuméros à transférer{separator}514-555-0147\n"
            + $"{userLabel}{separator}Jane Doe\nService address{separator}1730 boulevard Saint-Michel, Montréal QC H1V 8P9\n\nMerci\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(("Jane", "Doe"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
        Assert.Equal("H1V 8P9", fields.ServiceAddress?.PostalCode);
    }

    [Theory]
    [InlineData("Address -", "Name:")]
    [InlineData("Adresse –", "Nom du responsable :")]
    [InlineData("Address —", "Authorized user:")]
    [InlineData("Adresse -", "Responsable :")]
    [InlineData("Address |", "Nom du responsable  ")]
    public void A_one_word_label_ending_in_a_separator_and_a_person_in_charge_are_read(string addressLabel, string contactLabel)
    {
        var text = $"Hello,\n\nAccount SID: AC0123456789abcdef0123456789abcdef\n{contactLabel} Jane Doe\n{addressLabel}\n"
            + "1696 Lakeshore Rd E, #294\nMississauga ON  L5R 4P7\n\nNumbers: 905-555-0147\n\nThanks,\nJane\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(("Jane", "Doe"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
        Assert.Equal(("294", "L5R 4P7"), (fields.ServiceAddress?.Unit, fields.ServiceAddress?.PostalCode));
    }

    [Theory]
    [InlineData("Responsable :")]
    [InlineData("Nom du responsable :")]
    public void A_named_authorized_user_comes_before_the_person_in_charge(string contactLabel)
    {
        var text = $"Hello,\n\n{contactLabel} Kevin Brown\nAuthorized user: Jane Doe\nNumbers: 905-555-0147\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(("Jane", "Doe"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
    }

    public static TheoryData<string, int> WrappedSentences()
    {
        var data = new TheoryData<string, int>();
        string[] sentences =
        [
            "The numbers to port are +1 437 344 3170 & 416 724 7707 x123.",
            "The numbers to port are 437-344-3170, +1 416 724 7707 and 1 (506) 899-3563.",
            "Les numéros à transférer sont le 437 344 3170 et le 416 724 7707.",
            "Our numbers are 437.344.3170 / 1 416 724 7707 / 506 899 3563.",
        ];
        foreach (var sentence in sentences)
        {
            // Every place a client could break the line between two words of the sentence.
            var words = sentence.Split(' ');
            for (var cut = 1; cut < words.Length; cut++)
            {
                data.Add(sentence, cut);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrappedSentences))]
    public void A_numbers_sentence_wrapped_inside_a_number_keeps_every_number(string sentence, int cut)
    {
        var words = sentence.Split(' ');
        var wrapped = string.Join(' ', words[..cut]) + "\n" + string.Join(' ', words[cut..]);
        var text = $"Hello,\n\nOur account SID is AC0123456789abcdef0123456789abcdef.\n{wrapped}\n\nThanks,\nJane Doe\n";
        var expected = PhoneNumberFinder.Find(sentence).Select(n => n.Number).Order(StringComparer.Ordinal);

        var fields = RequestText.Extract(text);

        Assert.Equal(expected, fields.Numbers.Select(n => n.Number).Order(StringComparer.Ordinal));
    }
}
