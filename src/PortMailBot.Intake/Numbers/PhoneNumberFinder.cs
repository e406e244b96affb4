namespace PortMailBot.Intake.Numbers;

/// <summary>Finds phone numbers in text (every format of the contract, ranges expanded), never
/// inside other tokens such as an account SID, an account number or a postal code.</summary>
public static class PhoneNumberFinder
{
    public static IReadOnlyList<RequestedNumber> Find(string text) =>
        throw new NotImplementedException("TODO(request): PhoneNumberFinder");
}
