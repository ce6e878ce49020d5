import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { LoadingOrErrorPage } from '../../components/LoadingOrErrorPage';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/QueryStates';
import { useFormatters } from '../../i18n/format';
import { useViewerCan } from '../../session';
import { ProjectEditDocument } from './operations';
import { ProjectForm, projectFormValues } from './ProjectForm';

export function NewProjectPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  return (
    <Page
      title={t('projects.newTitle')}
      description={t('projects.newIntro')}
      breadcrumb={<BackLink to="/projects" label={t('projects.title')} />}
    >
      {can.createProject ? <ProjectForm /> : <EmptyState title={t('projects.cannotCreate')} />}
    </Page>
  );
}

export function EditProjectPage() {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProjectEditDocument, {
    variables: { id, language },
    fetchPolicy: 'network-only',
  });
  const project = data?.project;
  if (!project) {
    return <LoadingOrErrorPage title={t('projects.editTitle')} loading={loading} error={error} onRetry={refetch} />;
  }
  return (
    <Page
      title={t('projects.editTitle')}
      breadcrumb={<BackLink to={`/projects/${project.id}`} label={project.title} />}
    >
      {project.viewerCanEdit ? (
        <ProjectForm initial={projectFormValues(project)} projectId={project.id} />
      ) : (
        <EmptyState title={t('projects.cannotEdit')} />
      )}
    </Page>
  );
}
