namespace NewsEvents.Extraction.People;

/// <summary>A capitalised run that may name a person, with what the text around it says.</summary>
/// <param name="Words">The folded name words without hyphens, for the name key.</param>
/// <param name="Role">Role before the name ("Kremlin spokesman") or in an appositive after it ("a fighter with Y").</param>
/// <param name="Titled">A title or role noun stands right before the name.</param>
/// <param name="Described">An appositive with a role noun or an age follows the name.</param>
/// <param name="Speaks">A reporting verb is next to the name ("X said", "said X").</param>
internal sealed record NameCandidate(
    TextSpan Span,
    string[] Words,
    string? Role,
    TextSpan? RoleSpan,
    bool Titled,
    bool Described,
    bool Speaks,
    bool StartsWithGivenName);
