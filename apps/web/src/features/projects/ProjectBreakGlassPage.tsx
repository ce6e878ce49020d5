import { useMutation } from '@apollo/client/react';
import { BreakGlassPage } from '../discussions';
import { BreakGlassOnProjectDocument } from './operations';

interface ProjectBreakGlassPageProps {
  projectId: string;
  /** The NOT_FOUND the project query answered. */
  error: unknown;
  /** Once the grant is given: the project is asked for again. */
  onGranted: () => Promise<unknown>;
}

/**
 * The project's not-found view for a platform admin (`viewerCan.breakGlass`): a STRICTLY_CONFIDENTIAL project
 * they are not named on answers NOT_FOUND like any other, and they may ask for an audited, read-only read of it
 * for 60 minutes, with a reason, as on a request.
 */
export function ProjectBreakGlassPage({ projectId, error, onGranted }: ProjectBreakGlassPageProps) {
  const [breakGlass] = useMutation(BreakGlassOnProjectDocument);
  return (
    <BreakGlassPage
      record="project"
      error={error}
      onBreakGlass={(reason) => breakGlass({ variables: { input: { projectId, reason } } })}
      onGranted={onGranted}
    />
  );
}
