using System.Globalization;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// OWASP's CSV injection rule: a cell beginning with = + - @, tab or carriage return is prefixed with an apostrophe so
/// that a spreadsheet shows it as text instead of running it as a formula. A cell that is only a number ("-12.5", a
/// longitude west of Greenwich) is left as it is: a spreadsheet evaluates it to that number, and GIS tools must read it.
/// </summary>
public static class CsvInjection
{
    public static string? Escape(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(cell) ? "'" + cell : cell;

    private static bool IsPlainNumber(string cell) =>
        cell.Length < 32 && cell[1..].All(c => char.IsAsciiDigit(c) || c == '.') && cell[0] == '-' && cell.Length > 1
        && double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
