package dev.kakehashi.domain.event;

/** Something that happened, raised by a service after its transaction commits. */
public sealed interface DomainEvent
        permits PostPublished,
                PostUpdated,
                PostDeleted,
                AccountCreated,
                CommentAdded,
                CommentModerated,
                AnswerEdited,
                PasswordChanged,
                SettingsChanged,
                NotificationCreated,
                RemoteStatusChanged,
                ConversationUpdated,
                FiltersChanged,
                PostPinned,
                AccountUpdated,
                BlogActorUpdated,
                PollChanged {}
