using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> actor)
    {
        actor.Property(a => a.Name).HasMaxLength(200);
        actor.Property(a => a.Type).HasMaxLength(40);
        actor.Property(a => a.Country).HasMaxLength(2);
        actor.Property(a => a.Parent).HasMaxLength(200);

        // The engine normalises actors to one canonical name, so the name is the identity.
        actor.HasIndex(a => a.Name).IsUnique();
        actor.HasIndex(a => a.Type);
        actor.HasIndex(a => a.Country);
    }
}

internal sealed class ArticleActorConfiguration : IEntityTypeConfiguration<ArticleActor>
{
    public void Configure(EntityTypeBuilder<ArticleActor> mention)
    {
        mention.HasKey(m => new { m.ArticleId, m.ActorId });
        mention.Property(m => m.Text).HasMaxLength(200);
        mention.Property(m => m.Spans).HasSpanListConversion();
        mention.HasOne(m => m.Actor).WithMany().HasForeignKey(m => m.ActorId).OnDelete(DeleteBehavior.Restrict);
        mention.HasIndex(m => m.ActorId);
    }
}
