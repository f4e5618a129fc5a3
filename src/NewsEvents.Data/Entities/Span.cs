namespace NewsEvents.Data.Entities;

/// <summary>A half-open range [Start, End) into the article's cleaned text. The Data layer keeps its own type so the engine's types never dictate the schema.</summary>
public readonly record struct Span(int Start, int End);
