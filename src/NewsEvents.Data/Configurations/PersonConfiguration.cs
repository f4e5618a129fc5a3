using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("People");
        person.Property(p => p.Name).HasMaxLength(200);
        person.Property(p => p.Role).HasMaxLength(300);
        person.Property(p => p.Affiliation).HasMaxLength(200);
        person.Property(p => p.Spans).HasSpanListConversion();
        person.HasIndex(p => p.ArticleId);
        person.HasIndex(p => p.Name);
    }
}
