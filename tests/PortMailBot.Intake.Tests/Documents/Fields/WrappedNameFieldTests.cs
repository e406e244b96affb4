using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A name field whose value wrapped in its box (the rest of the name on the line under it, in the value's
/// column, with no caption): the two lines are the name. Two whole names one under the other are not joined.</summary>
public sealed class WrappedNameFieldTests
{
    private static readonly string[] Names =
    [
        "Cécile Anne Dubé-Côté", "Katrien van den Berg", "Jean-François de la Fontaine", "Marie-Ève L. Tremblay",
        "Siobhan O’Neil", "Guy Le Blanc",
    ];

    private static readonly string[] Captions = ["Personne autorisée", "Authorized contact", "Account holder", "Nom du titulaire"];

    public static TheoryData<string, string, int> Forms()
    {
        var data = new TheoryData<string, string, int>();
        var c = 0;
        foreach (var name in Names)
        {
            var words = name.Split(' ');
            // Break after the first word, and before the last word.
            foreach (var at in new[] { 1, words.Length - 1 }.Distinct())
            {
                data.Add(name, Captions[c++ % Captions.Length], at);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_wrapped_value_is_the_whole_name(string name, string caption, int breakAt)
    {
        var words = name.Split(' ');
        var head = string.Join(' ', words.Take(breakAt));
        var tail = string.Join(' ', words.Skip(breakAt));
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(100, (60, caption), (280, head))
            .Line(113, (280, tail))
            .Line(144, (60, "Service address"), (280, "8776, rue Notre-Dame, Saint-Jérôme (Québec) J7Z 8N1"))
            .Line(170, (60, "450-216-0028"))
            .Line(500, (60, "Authorized signature"), (370, "2026-12-01"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Contains(head + " " + tail, document.Names);
    }

    [Theory]
    [InlineData("Jane Doe", "John Smith")]
    [InlineData("Marie Tremblay", "Luc Gagnon")]
    [InlineData("Cécile Anne", "Robert Fraser")]
    public void Two_whole_names_are_not_joined(string head, string tail) =>
        Assert.Null(WrappedNames.Joined(head, tail));

    [Theory]
    [InlineData("Cécile Anne", "Dubé-Côté")]
    [InlineData("Katrien", "van den Berg")]
    [InlineData("Jean-François de la", "Fontaine")]
    public void A_name_broken_in_two_is_joined(string head, string tail) =>
        Assert.Equal(head + " " + tail, WrappedNames.Joined(head, tail));

    [Theory]
    [InlineData("Jane Doe", "123 King St W")]
    [InlineData("Jane", "Toronto: ON")]
    public void A_line_that_is_no_name_is_not_joined(string head, string tail) =>
        Assert.Null(WrappedNames.Joined(head, tail));
}
