using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Values of an address's separate boxes put together lose the neighbour captions a box ran into
/// ("St. John's Postal code A3T 8S8"), whatever the caption and wherever it stands; the values' own words stay.</summary>
public sealed class CaptionRunTests
{
    [Theory]
    [InlineData("St. John's Postal code A3T 8S8", "St. John's A3T 8S8")]
    [InlineData("St. John's NL Code postal A3T 8S8", "St. John's NL A3T 8S8")]
    [InlineData("Trois-Rivières Code postal G8T 2K1", "Trois-Rivières G8T 2K1")]
    [InlineData("Toronto ON M5H 1J9 Account number", "Toronto ON M5H 1J9")]
    [InlineData("Halifax Current carrier NS B3H 1A1", "Halifax NS B3H 1A1")]
    public void A_caption_run_into_a_box_is_not_part_of_its_value(string joined, string expected) =>
        Assert.Equal(expected, FieldCaptions.WithoutCaptionRuns(joined));

    [Theory]
    [InlineData("Quebec City QC G1R 4P5")]
    [InlineData("St. John's NL A3T 8S8")]
    [InlineData("Grand Falls-Windsor NL A2A 2J9")]
    public void A_locality_without_captions_is_kept_whole(string locality) =>
        Assert.Equal(locality, FieldCaptions.WithoutCaptionRuns(locality));
}
