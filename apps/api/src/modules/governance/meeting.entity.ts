import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MeetingStatus } from '@ctcp/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MeetingStatusEnum } from '../../common/graphql-enums.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { GovernanceBody } from './governance-body.entity.js';

@ObjectType({ description: 'A meeting of a governance body' })
@Entity('meetings')
@Unique('UQ_meetings_body_number', ['bodyId', 'number'])
@Index(['bodyId', 'startsAt'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id' })
  body?: Relation<GovernanceBody>;

  @Field(() => Int, { description: 'The body’s count of its meetings: 12 is its “12th meeting”' })
  @Column({ type: 'integer' })
  number: number;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: "IANA time zone where it is held, e.g. 'America/New_York'" })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'Where it is held in person, if anywhere' })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The https link to join online, if any' })
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Field(() => [String], { description: 'Agenda items in order' })
  @Column({ type: 'text', array: true, default: '{}' })
  agenda: string[];

  @Field(() => MeetingStatusEnum)
  @Column({ type: 'text', default: 'SCHEDULED' })
  status: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Markdown, recorded after the meeting' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'outcome_recorded_at', type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;

  /** Raised at each change of time, place or status, for calendars to replace their copy (iCalendar SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An organization that attended a meeting, recorded with its outcome. */
@Entity('meeting_attendees')
export class MeetingAttendee {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Index()
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;
}

/** A file of the body's workspace put on a meeting; it leaves the meeting when the file is deleted. */
@Entity('meeting_documents')
export class MeetingDocument {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Index()
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @ManyToOne(() => Attachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: Relation<Attachment>;

  /** Order in the meeting's list of documents. */
  @Column({ type: 'integer' })
  position: number;
}
