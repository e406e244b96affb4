using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Matching;

/// <summary>Compares addresses as a person at a carrier would (check contract, "What counts as the same").</summary>
public static class AddressComparer
{
    public static bool Same(PostalAddress requested, PostalAddress written, bool ocr = false) =>
        throw new NotImplementedException("TODO(match): AddressComparer");
}
