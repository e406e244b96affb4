using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>"À l'attention de" whose "À" stands apart (its accent's taller box set it on the line above) or was lost
/// to a scan: the rest still leads into the person's name.</summary>
public sealed class DetachedAttentionTests
{
    [Theory]
    [InlineData("l'attention de Kwame Grenier-Poulin", "Kwame Grenier-Poulin")]
    [InlineData("l’attention de Marie Tremblay", "Marie Tremblay")]
    [InlineData("L'ATTENTION DE JEAN ROY", "JEAN ROY")]
    [InlineData("l'att. de Lucie Caron", "Lucie Caron")]
    [InlineData("À l'attention de Lucie Caron", "Lucie Caron")]
    [InlineData("A l'attention de Lucie Caron", "Lucie Caron")]
    public void The_name_after_a_detached_attention_line_is_the_person(string line, string person) =>
        Assert.Equal(person, AddressBlocks.WithoutAttention(line));

    [Theory]
    [InlineData("Lattention Consulting")]
    [InlineData("Latour, Marie")]
    public void A_name_starting_like_it_is_left_alone(string line) =>
        Assert.Equal(line, AddressBlocks.WithoutAttention(line));
}
