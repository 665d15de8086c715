namespace Rcm.Core.Persistence;

/// <summary>The database cannot be reached or opened at start; the message is for the operator, without secrets.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
