namespace PortMailBot.Web.Pages;

/// <summary>One line of the queue.</summary>
public sealed record QueueRow(string Id, string State, string Customer, IReadOnlyList<string> Numbers, string Age, string Sla, bool Overdue)
{
    /// <summary>Whether the search text is in the ID or the customer, or its digits in one of the numbers.</summary>
    public bool Matches(string? query)
    {
        if (query is null)
        {
            return true;
        }

        if (Id.Contains(query, StringComparison.OrdinalIgnoreCase) || Customer.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var digits = new string([.. query.Where(char.IsAsciiDigit)]);
        return digits.Length >= 3 && Numbers.Any(n => n.Contains(digits, StringComparison.Ordinal));
    }
}
