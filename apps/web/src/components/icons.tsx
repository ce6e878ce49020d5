import {
  type Icon,
  IconArrowDown,
  IconArrowLeft,
  IconArrowRight,
  IconArrowUp,
  IconBell,
  IconBriefcase,
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalendar,
  IconCheck,
  IconChevronLeft,
  IconChevronRight,
  IconClipboardCheck,
  IconCoin,
  IconFile,
  IconDots,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
  IconFileTypeTxt,
  IconGripVertical,
  IconHome,
  IconInbox,
  IconKeyboard,
  IconLayoutDashboard,
  IconLayoutKanban,
  IconLifebuoy,
  IconLock,
  IconLogout,
  IconMail,
  IconMailExclamation,
  IconMessages,
  IconPaperclip,
  IconPhoto,
  IconPin,
  IconPlus,
  IconPresentation,
  type IconProps,
  IconReportAnalytics,
  IconSearch,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  IconWorld,
  type TablerIcon,
} from '@tabler/icons-react';

/**
 * The app's icons are Tabler's, named for what they stand for here, with the app's defaults: 20px, a 1.8
 * stroke, and decorative (hidden from assistive technology: the control or the text beside an icon names
 * it). The caller picks a directional one for the reading direction (`isRightToLeft`).
 */
function appIcon(Glyph: TablerIcon): Icon {
  const AppIcon = (props: IconProps) => (
    <Glyph size={20} stroke={1.8} aria-hidden="true" focusable="false" {...props} />
  );
  AppIcon.displayName = Glyph.displayName;
  return AppIcon;
}

export const HomeIcon = appIcon(IconHome);
export const EntitiesIcon = appIcon(IconBuildingCommunity);
export const GlobeIcon = appIcon(IconWorld);
export const GroupsIcon = appIcon(IconUsersGroup);
export const PeopleIcon = appIcon(IconUsers);
export const MailIcon = appIcon(IconMail);
/** Mail that did not go out. */
export const MailWarningIcon = appIcon(IconMailExclamation);
export const ProfileIcon = appIcon(IconUserCircle);
export const SignOutIcon = appIcon(IconLogout);
export const KeyboardIcon = appIcon(IconKeyboard);
export const SearchIcon = appIcon(IconSearch);
export const WorkspacesIcon = appIcon(IconMessages);
export const BellIcon = appIcon(IconBell);
export const PinIcon = appIcon(IconPin);
export const LockIcon = appIcon(IconLock);
export const PlusIcon = appIcon(IconPlus);
export const CheckIcon = appIcon(IconCheck);
/** Requests for capacity-building assistance. */
export const RequestsIcon = appIcon(IconLifebuoy);
/** Columns of cards: the triage board, the work plans. */
export const BoardIcon = appIcon(IconLayoutKanban);
export const InboxIcon = appIcon(IconInbox);
export const ClipboardCheckIcon = appIcon(IconClipboardCheck);
/** A card's drag handle. */
export const GripIcon = appIcon(IconGripVertical);
export const DashboardIcon = appIcon(IconLayoutDashboard);
export const ProjectsIcon = appIcon(IconBriefcase);
export const CalendarIcon = appIcon(IconCalendar);
export const FundingIcon = appIcon(IconCoin);
export const ReportIcon = appIcon(IconReportAnalytics);
/** A columned hall: the Compact's governance bodies. */
export const GovernanceIcon = appIcon(IconBuildingBank);
/** "More actions" of an item's menu. */
export const MoreIcon = appIcon(IconDots);
export const ArrowUpIcon = appIcon(IconArrowUp);
export const ArrowDownIcon = appIcon(IconArrowDown);
export const ArrowLeftIcon = appIcon(IconArrowLeft);
export const ArrowRightIcon = appIcon(IconArrowRight);
export const ChevronLeftIcon = appIcon(IconChevronLeft);
export const ChevronRightIcon = appIcon(IconChevronRight);
export const AttachIcon = appIcon(IconPaperclip);
export const ImageFileIcon = appIcon(IconPhoto);
export const PdfFileIcon = appIcon(IconFileTypePdf);
export const DocumentFileIcon = appIcon(IconFileText);
export const SpreadsheetFileIcon = appIcon(IconFileSpreadsheet);
export const PresentationFileIcon = appIcon(IconPresentation);
export const TextFileIcon = appIcon(IconFileTypeTxt);
export const FileIcon = appIcon(IconFile);
