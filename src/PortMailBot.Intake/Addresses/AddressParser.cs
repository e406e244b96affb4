namespace PortMailBot.Intake.Addresses;

/// <summary>Parses a Canadian address written on one or several lines (English or French).</summary>
public static class AddressParser
{
    public static PostalAddress? Parse(string text) =>
        throw new NotImplementedException("TODO(match): AddressParser");
}
