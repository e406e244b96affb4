using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Numbers the customer keeps with the carrier ("Numbers NOT to port:", "we are keeping our fax line
/// … with Bell", "sauf le …") are not requested; a sentence beside a labelled list that asks to port one more
/// number adds it.</summary>
public sealed class KeptNumbersTests
{
    public static TheoryData<string> KeptLabels() =>
    [
        "Numbers NOT to port (staying with Maple):",
        "Lines to keep:",
        "Numéros à conserver :",
        "Numbers not being ported:",
        "Numéros à ne pas transférer :",
        "Except:",
    ];

    [Theory]
    [MemberData(nameof(KeptLabels))]
    public void A_labelled_list_of_kept_numbers_is_not_requested(string keptLabel)
    {
        foreach (var order in new[] { true, false })
        {
            var requested = "Numbers to port: 905-527-0144, 289-430-0188";
            var kept = keptLabel + " 905-527-0199";
            var fields = RequestText.Extract("Hello,\n\n" + (order ? requested + "\n" + kept : kept + "\n" + requested) + "\nAuthorized user: Kevin Osei\n");

            Assert.Equal(["+12894300188", "+19055270144"], fields.Numbers.Select(n => n.Number).Order());
        }
    }

    [Theory]
    [InlineData("Numbers to port, not including the fax:")]
    [InlineData("Numbers to port (not the fax):")]
    [InlineData("Non-geographic numbers to port:")]
    public void A_negation_that_does_not_bind_to_porting_keeps_the_numbers_label(string label)
    {
        var fields = RequestText.Extract($"Hello,\n\n{label} 905-527-0144, 289-430-0188\nAuthorized user: Kevin Osei\n\nThanks,\nKevin\nFax: 905-527-0101\n");

        Assert.Equal(["+19055270144", "+12894300188"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("We are keeping our fax line 416-923-6699 with Maple for now.")]
    [InlineData("The fax line 416-923-6699 is staying with Maple.")]
    [InlineData("Please do not port 416-923-6699.")]
    [InlineData("We don't want to transfer 416-923-6699 yet.")]
    [InlineData("Nous conservons le 416-923-6699 chez Bell.")]
    [InlineData("Le 416-923-6699 reste chez Bell.")]
    [InlineData("Please port them, but 416-923-6699 is staying with Bell.")]
    public void A_sentence_keeping_a_number_with_the_carrier_leaves_it_out(string sentence)
    {
        var fields = RequestText.Extract($"Hi,\n\nPlease port 416-923-6671 and 647-349-2280 to Twilio. {sentence}\nAuthorized user: Gregory Whitfield\n");

        Assert.Equal(["+14169236671", "+16473492280"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("We did not port 416-923-6671 before, please port 416-923-6671 and 647-349-2280 now.")]
    [InlineData("We are keeping the fax with Maple for now, but please port 416-923-6671 and 647-349-2280.")]
    [InlineData("We'd like to keep our numbers 416-923-6671 and 647-349-2280 when we move to Twilio.")]
    [InlineData("Please port 416-923-6671 and 647-349-2280; we want to keep them with Twilio.")]
    [InlineData("Nous voulons garder nos numéros 416-923-6671 et 647-349-2280 en passant à Twilio.")]
    public void Keeping_the_numbers_by_porting_them_still_requests_them(string sentence)
    {
        var fields = RequestText.Extract($"Hi,\n\n{sentence}\nAuthorized user: Gregory Whitfield\n");

        Assert.Equal(["+14169236671", "+16473492280"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Please also port our second line, 778-329-6614.")]
    [InlineData("We would also like to transfer 778-329-6614.")]
    [InlineData("Pourriez-vous aussi transférer le 778 329-6614?")]
    public void A_sentence_beside_the_list_asking_to_port_one_more_number_adds_it(string sentence)
    {
        var fields = RequestText.Extract($"Hello,\n\nNumbers to port: 604-731-5582\nAuthorized user: Tom Nakamura\n\n{sentence}\n\nThanks,\nTom\nCell: 604-731-9000\n");

        Assert.Equal(["+16047315582", "+17783296614"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("If you have questions about the port, call me at 604-731-9000.")]
    [InlineData("Our account with the old carrier is 604-731-9000, we are moving from them.")]
    [InlineData("We also have a cell, 604-731-9000, that we are not moving.")]
    [InlineData("We are keeping 604-731-9000 with Bell after the port.")]
    public void A_sentence_beside_the_list_that_does_not_ask_to_port_its_number_adds_nothing(string sentence)
    {
        var fields = RequestText.Extract($"Hello,\n\nNumbers to port: 604-731-5582\n\n{sentence}\n");

        Assert.Equal(["+16047315582"], fields.Numbers.Select(n => n.Number));
    }
}
