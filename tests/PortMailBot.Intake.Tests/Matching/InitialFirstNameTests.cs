using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Matching;

/// <summary>A first name written as its initial ("J. DOE" on a bill) is not read whole, so it is not the same person
/// (<see cref="NameComparer.Same"/>), but it is no different first name either (<see cref="NameComparer.SameInitial"/>).</summary>
public sealed class InitialFirstNameTests
{
    private static readonly (string First, string Last)[] People =
        [("Jane", "Doe"), ("Annie", "Saint-Pierre"), ("Benoît", "Desrosiers"), ("Éloïse", "Gagnon"), ("Marie", "de la Fontaine")];

    private static IEnumerable<string> Initialled(string first, string last)
    {
        var initial = first[0];
        yield return $"{initial}. {last}";
        yield return $"{initial} {last}".ToUpperInvariant();
        yield return $"{last}, {initial}.";
        yield return $"{last.ToUpperInvariant()}, {initial}";
        yield return $"Mrs {initial}. {last}";
    }

    public static TheoryData<string, string, string> Same()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (first, last) in People)
        {
            foreach (var written in Initialled(first, last))
            {
                data.Add(first, last, written);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> Different()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (first, last) in People)
        {
            // Another initial, or the same initial before another last name.
            var other = first[0] == 'K' ? 'M' : 'K';
            data.Add(first, last, $"{other}. {last}");
            data.Add(first, last, $"{last}, {other}.");
            data.Add(first, last, $"{first[0]}. {last}son");
            data.Add(first, last, $"{first[0]}. Kowalski");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Same))]
    public void The_initial_of_the_first_name_agrees_without_confirming(string first, string last, string written)
    {
        Assert.True(NameComparer.SameInitial(new PersonName(first, last), written));
        Assert.False(NameComparer.Same(new PersonName(first, last), written));
    }

    [Theory]
    [MemberData(nameof(Same))]
    public void A_request_giving_the_initial_agrees_with_the_full_first_name(string first, string last, string written)
    {
        _ = written;
        Assert.True(NameComparer.SameInitial(new PersonName(first[0] + ".", last), $"{first} {last}"));
    }

    [Theory]
    [MemberData(nameof(Different))]
    public void Another_initial_or_another_last_name_is_a_different_person(string first, string last, string written)
    {
        Assert.False(NameComparer.SameInitial(new PersonName(first, last), written));
        Assert.False(NameComparer.Same(new PersonName(first, last), written));
    }
}
