namespace PortMailBot.Intake.Numbers;

/// <summary>A number as requested: E.164 when valid; <c>+1</c> and ten digits, or the digits as
/// given, when invalid.</summary>
public sealed record RequestedNumber(string Number, NumberType Type);
