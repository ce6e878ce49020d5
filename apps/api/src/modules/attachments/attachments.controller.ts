import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ATTACHMENT_MAX_BYTES } from '@ctcp/shared';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import type { Actor } from '../../common/actor.js';
import { CurrentActor } from '../../common/request-context.js';
import { AttachmentsService, type UploadedFileData } from './attachments.service.js';

/**
 * Uploads are multipart POSTs (`file`, `workspaceId`); downloads go through this route only, which
 * checks access every time and never lets the browser render the file in the platform's origin.
 */
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @UseInterceptors(
    FileInterceptor('file', {
      storage: memoryStorage(),
      limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 4 },
    }),
  )
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedFileData | undefined,
    @Body('workspaceId') workspaceId: unknown,
  ) {
    const attachment = await this.attachments.upload(actor, workspaceId, file);
    return {
      id: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      size: attachment.size,
      url: `/attachments/${attachment.id}`,
    };
  }

  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const { attachment, size, body } = await this.attachments.openForDownload(actor, id);
    const asciiName = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.set({
      'Content-Type': attachment.contentType,
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    if (Buffer.isBuffer(body)) {
      res.end(body);
      return;
    }
    body.on('error', () => res.destroy());
    body.pipe(res);
  }
}
