namespace Anju.Demo.Api;

/// <summary>The silo refused an account's sign-in, or there is nothing to sign in with; the message names the account
/// and what to do about it.</summary>
public sealed class ApiSignInException(string message) : Exception(message);
